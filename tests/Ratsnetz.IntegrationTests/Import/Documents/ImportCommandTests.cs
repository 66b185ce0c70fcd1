using Microsoft.EntityFrameworkCore;
using Ratsnetz.Cli;
using Ratsnetz.Data.DemoData;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.Documents;

/// <summary><c>ratsnetz import</c> as an operator runs it on a folder with good and bad files.</summary>
public sealed class ImportCommandTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_folder_import_goes_on_past_a_bad_file_and_a_second_run_changes_nothing(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        var folder = Directory.CreateTempSubdirectory("ratsnetz-import-").FullName;
        var minutes = SampleDocuments.All().Single(d => d.FileName.EndsWith("niederschrift.txt", StringComparison.Ordinal));
        await File.WriteAllBytesAsync(Path.Combine(folder, minutes.FileName), minutes.Content);
        await File.WriteAllBytesAsync(Path.Combine(folder, "kaputt.pdf"), [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0xff, 0x13]);
        await File.WriteAllBytesAsync(Path.Combine(folder, "leer.txt"), []);
        var environment = CommandLineTests.Environment(database);

        var first = await RatsnetzProcess.RunAsync(["import", folder], environment, TimeSpan.FromSeconds(120));
        var second = await RatsnetzProcess.RunAsync(["import", folder], environment, TimeSpan.FromSeconds(120));

        Assert.Equal(3, first.ExitCode);
        Assert.Contains("1 neu, 0 aktualisiert, 0 unverändert, 2 fehlgeschlagen", first.Output, StringComparison.Ordinal);
        Assert.Contains("kaputt.pdf", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 neu, 0 aktualisiert, 1 unverändert, 2 fehlgeschlagen", second.Output, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var meeting = await db.Meetings.Include(m => m.Attendances).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2025, 3, 12), meeting.Date);
        Assert.True(meeting.Attendances.Count >= 10);
        Assert.Equal(1, await db.DocumentImports.CountAsync(TestContext.Current.CancellationToken));
    }
}
