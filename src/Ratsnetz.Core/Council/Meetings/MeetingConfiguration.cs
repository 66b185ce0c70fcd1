using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Council.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.Property(m => m.UrgencyReason).HasMaxLength(500);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendances).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.AgendaItems).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Attendances).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(m => m.StartsAtUtc);
        builder.HasIndex(m => m.Modified);
    }
}
