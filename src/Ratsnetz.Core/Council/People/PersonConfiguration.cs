using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Bodies;

namespace Ratsnetz.Council.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FamilyName).HasMaxLength(150);
        builder.Property(p => p.GivenName).HasMaxLength(150);
        builder.Property(p => p.Title).HasMaxLength(50);
        builder.Ignore(p => p.Name);
        builder.HasOne<Body>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.BodyId, p.FamilyName });
        builder.HasIndex(p => p.Modified);
    }
}
