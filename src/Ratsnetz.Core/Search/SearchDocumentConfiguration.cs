using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratsnetz.Search;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.ToTable("SearchDocuments");
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.Reference).HasMaxLength(100);
        builder.HasIndex(d => new { d.Kind, d.EntityId }).IsUnique();
    }
}
