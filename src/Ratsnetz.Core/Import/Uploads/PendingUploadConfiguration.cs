using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Uploads;

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<PendingUpload>
{
    public void Configure(EntityTypeBuilder<PendingUpload> builder)
    {
        builder.ToTable("PendingUploads");
        builder.Property(u => u.UserId).HasMaxLength(450);
        builder.Property(u => u.FileName).HasMaxLength(300);
        builder.Property(u => u.BodyName).HasMaxLength(200);
        builder.Property(u => u.ErrorCode).HasMaxLength(100);
        builder.Property(u => u.ErrorMessage).HasMaxLength(2000);
        builder.HasOne<DocumentImport>().WithMany().HasForeignKey(u => u.ImportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => u.Status);
        builder.HasIndex(u => u.UserId);
    }
}
