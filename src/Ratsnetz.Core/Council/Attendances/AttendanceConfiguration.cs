using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Attendances;

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("Attendances");
        builder.Property(a => a.Group).HasMaxLength(200);
        builder.Property(a => a.Function).HasMaxLength(200);
        builder.Property(a => a.FromAgendaNumber).HasMaxLength(20);
        builder.Property(a => a.UntilAgendaNumber).HasMaxLength(20);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.SubstituteForPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
    }
}
