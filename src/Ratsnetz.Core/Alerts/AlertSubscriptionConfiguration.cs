using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratsnetz.Alerts;

internal sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.ToTable("AlertSubscriptions");
        builder.Property(s => s.Email).HasMaxLength(AlertSubscription.MaxEmailLength);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.SearchText).HasMaxLength(Search.SearchQuery.MaxLength);
        builder.Property(s => s.SearchKind).HasMaxLength(40);
        builder.Property(s => s.ConfirmationTokenHash).HasMaxLength(64);
        builder.Property(s => s.UnsubscribeToken).HasMaxLength(64);
        builder.Ignore(s => s.IsConfirmed);
        builder.Ignore(s => s.Target);
        builder.HasIndex(s => s.UnsubscribeToken).IsUnique();
        builder.HasIndex(s => s.ConfirmationTokenHash);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.Email);
    }
}
