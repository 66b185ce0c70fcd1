using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Council.Sessions;

internal sealed class StandardAgendaItemConfiguration : IEntityTypeConfiguration<StandardAgendaItem>
{
    public void Configure(EntityTypeBuilder<StandardAgendaItem> builder)
    {
        builder.ToTable("StandardAgendaItems");
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.Property(s => s.Order).HasColumnName("sort_order");
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
