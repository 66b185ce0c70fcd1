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
        // Covers the OParl list query (ADR 0011): with modified_since a page may pass thousands of a body's papers in
        // id order before a hundred match, and reading them from the index alone keeps that cheap.
        builder.HasIndex(p => new { p.BodyId, p.Id, p.Modified, p.Created, p.IsPublic, p.Deleted }).HasDatabaseName("ix_papers_oparl_list");
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
