using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratsnetz.Import.OParl;

internal sealed class OParlSourceConfiguration : IEntityTypeConfiguration<OParlSource>
{
    public void Configure(EntityTypeBuilder<OParlSource> builder)
    {
        builder.ToTable("oparl_sources");
        builder.Property(s => s.SystemUrl).HasMaxLength(1000);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Ignore(s => s.IsRunInProgress);
        builder.HasIndex(s => s.SystemUrl).IsUnique();
    }
}

internal sealed class OParlLinkConfiguration : IEntityTypeConfiguration<OParlLink>
{
    public void Configure(EntityTypeBuilder<OParlLink> builder)
    {
        builder.ToTable("oparl_links");
        builder.Property(l => l.RemoteUrl).HasMaxLength(1000);
        builder.Property(l => l.ObjectType).HasMaxLength(40);
        builder.Property(l => l.ContentHash).HasMaxLength(64);
        builder.HasOne<OParlSource>().WithMany().HasForeignKey(l => l.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.SourceId, l.RemoteUrl }).IsUnique();
        builder.HasIndex(l => new { l.ObjectType, l.EntityId });
    }
}

internal sealed class OParlCursorConfiguration : IEntityTypeConfiguration<OParlCursor>
{
    public void Configure(EntityTypeBuilder<OParlCursor> builder)
    {
        builder.ToTable("oparl_cursors");
        builder.Property(c => c.ListUrl).HasMaxLength(1000);
        builder.Property(c => c.NextPageUrl).HasMaxLength(2000);
        builder.HasOne<OParlSource>().WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SourceId, c.ListUrl }).IsUnique();
    }
}
