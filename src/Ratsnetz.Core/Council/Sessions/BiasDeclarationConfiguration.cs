using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Sessions;

internal sealed class BiasDeclarationConfiguration : IEntityTypeConfiguration<BiasDeclaration>
{
    public void Configure(EntityTypeBuilder<BiasDeclaration> builder)
    {
        builder.ToTable("BiasDeclarations");
        builder.Property(b => b.Note).HasMaxLength(500);
        builder.HasOne<Person>().WithMany().HasForeignKey(b => b.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.AgendaItemId);
        builder.HasIndex(b => b.PersonId);
    }
}
