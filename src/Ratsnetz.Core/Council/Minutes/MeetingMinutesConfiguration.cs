using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Minutes;

internal sealed class MeetingMinutesConfiguration : IEntityTypeConfiguration<MeetingMinutes>
{
    public void Configure(EntityTypeBuilder<MeetingMinutes> builder)
    {
        builder.ToTable("MeetingMinutes");
        builder.Ignore(m => m.State);
        builder.Ignore(m => m.HasAnySignature);
        builder.Property(m => m.OpeningRemarks).HasMaxLength(MeetingMinutes.MaxTextLength);
        builder.Property(m => m.ChairSignedByUserId).HasMaxLength(450);
        builder.Property(m => m.MinuteTakerSignedByUserId).HasMaxLength(450);
        builder.Property(m => m.PublishedByUserId).HasMaxLength(450);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.MeetingId).IsUnique();
        builder.HasMany(m => m.Addenda).WithOne().HasForeignKey(a => a.MinutesId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Addenda).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
