using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Memberships;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("Memberships");
        builder.Property(m => m.Function).HasMaxLength(200);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(m => m.OnBehalfOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(m => m.DeputyOf).WithMany().HasForeignKey(m => m.DeputyOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.Modified);
    }
}
