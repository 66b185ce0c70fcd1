using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Import.Documents;

internal sealed class DocumentImportConfiguration : IEntityTypeConfiguration<DocumentImport>
{
    public void Configure(EntityTypeBuilder<DocumentImport> builder)
    {
        builder.ToTable("DocumentImports");
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.SourceName).HasMaxLength(300);
        builder.Property(i => i.DocumentType).HasMaxLength(20);
        builder.Property(i => i.ReviewedBy).HasMaxLength(450);
        builder.Ignore(i => i.IsReviewed);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(i => i.FileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Body>().WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Paper>().WithMany().HasForeignKey(i => i.PaperId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => i.Sha256);
        builder.HasIndex(i => i.MeetingId);
    }
}

internal sealed class FactProvenanceConfiguration : IEntityTypeConfiguration<FactProvenance>
{
    public void Configure(EntityTypeBuilder<FactProvenance> builder)
    {
        builder.ToTable("FactProvenance");
        builder.Property(p => p.EntityType).HasMaxLength(40);
        builder.Property(p => p.Field).HasMaxLength(100);
        builder.Property(p => p.Uncertainty).HasMaxLength(500);
        builder.HasOne<DocumentImport>().WithMany().HasForeignKey(p => p.DocumentImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EntityType, p.EntityId });
    }
}
