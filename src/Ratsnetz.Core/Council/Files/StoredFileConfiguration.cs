using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Council.Files;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("Files");
        builder.Property(f => f.FileName).HasMaxLength(300);
        builder.Property(f => f.Name).HasMaxLength(500);
        builder.Property(f => f.MediaType).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasOne(f => f.Content).WithOne().HasForeignKey<FileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(f => f.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Paper>().WithMany().HasForeignKey(f => f.PaperId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => f.Sha256);
        builder.HasIndex(f => f.Modified);
    }
}

internal sealed class FileContentConfiguration : IEntityTypeConfiguration<FileContent>
{
    public void Configure(EntityTypeBuilder<FileContent> builder)
    {
        builder.ToTable("FileContents");
        builder.HasKey(c => c.FileId);
    }
}
