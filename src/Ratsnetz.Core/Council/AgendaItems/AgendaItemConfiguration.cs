using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Council.AgendaItems;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.ToTable("AgendaItems");
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(1000);
        builder.Property(i => i.ResultText).HasMaxLength(500);
        builder.Property(i => i.Order).HasColumnName("sort_order");
        builder.OwnsOne(i => i.Votes, votes =>
        {
            votes.Property(v => v.Yes).HasColumnName("votes_yes");
            votes.Property(v => v.No).HasColumnName("votes_no");
            votes.Property(v => v.Abstentions).HasColumnName("votes_abstentions");
            votes.Property(v => v.Biased).HasColumnName("votes_biased");
        });
        builder.HasOne<Paper>().WithMany().HasForeignKey(i => i.PaperId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Contributions).WithOne().HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Contributions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(i => i.OutcomeOverrideReason).HasMaxLength(500);
        builder.Property(i => i.UrgencyReason).HasMaxLength(500);
        builder.HasMany(i => i.BiasDeclarations).WithOne().HasForeignKey(b => b.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.BiasDeclarations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Ballots).WithOne().HasForeignKey(b => b.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Ballots).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => new { i.MeetingId, i.Order });
        builder.HasIndex(i => i.Modified);
    }
}
