using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Sessions;

internal sealed class RollCallBallotConfiguration : IEntityTypeConfiguration<RollCallBallot>
{
    public void Configure(EntityTypeBuilder<RollCallBallot> builder)
    {
        builder.ToTable("RollCallBallots");
        builder.HasOne<Person>().WithMany().HasForeignKey(b => b.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.AgendaItemId);
        builder.HasIndex(b => b.PersonId);
    }
}
