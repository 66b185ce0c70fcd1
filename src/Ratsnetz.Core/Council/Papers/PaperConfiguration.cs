using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Papers;

internal sealed class PaperConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> builder)
    {
        builder.ToTable("Papers");
        builder.Property(p => p.Reference).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(1000);
        builder.Property(p => p.PaperType).HasMaxLength(100);
        builder.HasOne<Body>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Originators).WithOne().HasForeignKey(o => o.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Originators).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => new { p.BodyId, p.Reference });
        // The OParl body list walks a body's papers in id order (keyset paging); without it a page sorts the whole body.
        builder.HasIndex(p => new { p.BodyId, p.Id });
        builder.HasIndex(p => p.Modified);
    }
}

internal sealed class PaperOriginatorConfiguration : IEntityTypeConfiguration<PaperOriginator>
{
    public void Configure(EntityTypeBuilder<PaperOriginator> builder)
    {
        builder.ToTable("PaperOriginators");
        builder.Property(o => o.Function).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
