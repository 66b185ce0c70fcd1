using System.Linq.Expressions;

namespace Ratsnetz.Council.Files;

internal static class FileProjections
{
    /// <summary>Metadata only: listing files never touches their text or bytes.</summary>
    public static readonly Expression<Func<StoredFile, FileSummary>> Summary = f =>
        new FileSummary(f.Id, f.Name, f.FileName, f.MediaType, f.Size, f.Role, f.Date, f.IsPublic, f.AgendaItemId);
}
