using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratsnetz.OParl.Documents;

internal sealed class StoredOParlDocumentConfiguration : IEntityTypeConfiguration<StoredOParlDocument>
{
    public void Configure(EntityTypeBuilder<StoredOParlDocument> builder)
    {
        builder.ToTable("oparl_documents");
        builder.HasKey(d => new { d.Kind, d.Id });
        builder.Property(d => d.Kind).HasConversion<short>();
        builder.Property(d => d.Id).ValueGeneratedNever();

        // The generations without the rows (migration 0017): a kept list page is checked against them on every request,
        // and read from this index alone that check stays off the pages that hold the documents (ADR 0020).
        builder.HasIndex(d => new { d.Kind, d.Id, d.Generation }).HasDatabaseName("ix_oparl_documents_generation");
    }
}
