namespace Ratsnetz.Bench;

/// <summary>Rows of files and their contents; both passes walk <see cref="BenchFile.All"/> and regenerate the same bytes.</summary>
internal static partial class BenchRows
{
    public static void Files(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var file in BenchFile.All(layout))
        {
            var text = BenchFileContent.Text(layout.Seed, file);
            var bytes = BenchFileContent.Bytes(file, text);
            var random = BenchRandom.For(layout.Seed, BenchStream.File, -2_000_000_000L - file.Id);
            var created = BenchCalendar.At(file.Date, ref random);
            w.Number(file.Id);
            w.Text(file.FileName);
            w.Text(file.Name);
            w.Text(BenchFileContent.MediaType(file));
            w.BigNumber(bytes.LongLength);
            w.Text(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            w.Text(text);
            w.Number((int)file.Role);
            w.Bool(file.IsPublic);
            w.Date(file.Date);
            w.Number(file.MeetingId);
            w.Number(file.ItemId);
            w.Number(file.PaperId);
            rows.Stamps(created, BenchCalendar.Modified(created, ref random), file.Deleted);
        }
    }

    public static void FileContents(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var file in BenchFile.All(layout))
        {
            w.Number(file.Id);
            w.Bytes(BenchFileContent.Bytes(file, BenchFileContent.Text(layout.Seed, file)));
            rows.EndRow();
        }
    }
}
