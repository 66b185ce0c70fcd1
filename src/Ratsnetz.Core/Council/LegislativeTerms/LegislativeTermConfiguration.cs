using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Bodies;

namespace Ratsnetz.Council.LegislativeTerms;

internal sealed class LegislativeTermConfiguration : IEntityTypeConfiguration<LegislativeTerm>
{
    public void Configure(EntityTypeBuilder<LegislativeTerm> builder)
    {
        builder.ToTable("LegislativeTerms");
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasOne<Body>().WithMany().HasForeignKey(t => t.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.Modified);
    }
}
