using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Bodies;

namespace Ratsnetz.Council.Locations;

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("Locations");
        builder.Property(l => l.Description).HasMaxLength(300);
        builder.Property(l => l.StreetAddress).HasMaxLength(200);
        builder.Property(l => l.PostalCode).HasMaxLength(10);
        builder.Property(l => l.Locality).HasMaxLength(100);
        builder.HasOne<Body>().WithMany().HasForeignKey(l => l.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.Modified);
    }
}
