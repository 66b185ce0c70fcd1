using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratsnetz.Council.Minutes;

internal sealed class MinutesAddendumConfiguration : IEntityTypeConfiguration<MinutesAddendum>
{
    public void Configure(EntityTypeBuilder<MinutesAddendum> builder)
    {
        builder.ToTable("MinutesAddenda");
        builder.Property(a => a.Text).HasMaxLength(MeetingMinutes.MaxTextLength);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.AuthorUserId).HasMaxLength(450);
        builder.Property(a => a.AuthorName).HasMaxLength(200);
    }
}
