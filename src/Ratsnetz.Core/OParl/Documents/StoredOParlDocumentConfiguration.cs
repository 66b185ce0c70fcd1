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
    }
}
