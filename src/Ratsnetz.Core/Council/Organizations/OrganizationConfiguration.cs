using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Locations;

namespace Ratsnetz.Council.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.ShortName).HasMaxLength(100);
        builder.Ignore(o => o.InvitationPolicy);
        builder.HasOne<Body>().WithMany().HasForeignKey(o => o.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => o.Modified);
    }
}
