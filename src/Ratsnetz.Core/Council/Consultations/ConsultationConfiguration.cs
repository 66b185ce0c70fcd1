using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Council.Consultations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.ToTable("Consultations");
        builder.Property(c => c.Role).HasMaxLength(100);
        builder.HasOne<Paper>().WithMany().HasForeignKey(c => c.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(c => c.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.Modified);
    }
}
