using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratsnetz.Council.Bodies;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> builder)
    {
        builder.ToTable("Bodies");
        builder.Property(b => b.Name).HasMaxLength(300);
        builder.Property(b => b.ShortName).HasMaxLength(150);
        builder.Property(b => b.Classification).HasMaxLength(100);
        builder.Property(b => b.Website).HasMaxLength(500);
        builder.HasIndex(b => b.Modified);
    }
}
