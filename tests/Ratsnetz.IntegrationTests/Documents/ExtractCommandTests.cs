using System.Text.Json;
using Ratsnetz.Testing;

namespace Ratsnetz.Documents;

/// <summary><c>ratsnetz extract</c> and <c>ratsnetz bench extract</c> as an operator runs them: no database involved.</summary>
public sealed class ExtractCommandTests
{
    [Fact]
    public async Task Extract_prints_the_seed_minutes_as_one_json_object_with_the_substitute_and_the_times()
    {
        var seeds = TestEnvironment.RequireSeedDocuments();

        var outcome = await RatsnetzProcess.RunAsync(["extract", Path.Combine(seeds, "001_bf9f026425ea5167.txt")]);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        using var json = JsonDocument.Parse(outcome.Output);
        var root = json.RootElement;
        Assert.Equal("minutes", root.GetProperty("type").GetString());
        Assert.Equal("17:00", root.GetProperty("start").GetString());
        Assert.Equal("18:30", root.GetProperty("end").GetString());
        var substitute = Assert.Single(root.GetProperty("attendees").EnumerateArray(), a => a.TryGetProperty("substitute_for", out var s) && s.GetString() is not null);
        Assert.Contains("Cakir", substitute.GetProperty("substitute_for").GetString(), StringComparison.Ordinal);
        Assert.Contains("Gürbiz", outcome.Output.Replace("Glrbiz", "Gürbiz", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_reads_a_windows_1252_file_with_its_umlauts()
    {
        using var folder = new Folder();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = folder.Write("protokoll.txt", System.Text.Encoding.GetEncoding(1252).GetBytes("Niederschrift über die Sitzung des Integrationsrates der Stadt Bergkamen\nBeginn: 17:00 Uhr\n"));

        var outcome = await RatsnetzProcess.RunAsync(["extract", path]);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        using var json = JsonDocument.Parse(outcome.Output);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("leer.txt", new byte[0], "leer")]
    [InlineData("zufall.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0xFF, 0x13, 0x37 }, "PDF")]
    [InlineData("bild.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "PDF exportieren")]
    public async Task Extract_refuses_a_bad_file_with_a_message_and_exit_code_3(string name, byte[] content, string hint)
    {
        using var folder = new Folder();

        var outcome = await RatsnetzProcess.RunAsync(["extract", folder.Write(name, content)]);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Empty(outcome.Output);
        Assert.Contains(hint, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_missing_file_fails_with_exit_code_3()
    {
        var outcome = await RatsnetzProcess.RunAsync(["extract", Path.Combine(Path.GetTempPath(), "gibt-es-nicht-" + Guid.NewGuid() + ".pdf")]);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains("nicht gefunden", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_pdf_without_poppler_names_the_package_and_exits_with_4()
    {
        using var folder = new Folder();
        var pdf = folder.Write("protokoll.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var empty = Directory.CreateDirectory(Path.Combine(folder.Path, "leerer-pfad")).FullName;

        // The child finds no tools on this PATH; dotnet itself is resolved by the parent before start.
        var outcome = await RatsnetzProcess.RunAsync(["extract", pdf], new Dictionary<string, string?> { ["PATH"] = empty });

        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains("poppler-utils", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_extract_scores_gold_files_beside_their_texts_without_a_database()
    {
        using var folder = new Folder();
        folder.Write("probe.txt", "Niederschrift über die Sitzung des Integrationsrates\nBeginn: 17:00 Uhr\nEnde: 18:30 Uhr\n"u8.ToArray());
        folder.Write("probe.gold.json", """{"type": "minutes", "start": "17:00", "end": "18:30", "attendees": []}"""u8.ToArray());

        // A database configuration that could never start: the verb must not touch it.
        var noDatabase = new Dictionary<string, string?> { ["Database__Provider"] = "postgres", ["ConnectionStrings__Ratsnetz"] = string.Empty };
        var outcome = await RatsnetzProcess.RunAsync(["bench", "extract", folder.Path, "--min-time", "0.1"], noDatabase);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("Dokumente (documents): 1", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"start\s+\d/1", outcome.Output);
        Assert.Contains("Dokumente/s", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_extract_runs_over_the_shared_gold_and_dev_corpus()
    {
        var shared = TestEnvironment.SharedDirectory;
        Assert.SkipWhen(shared is null || !Directory.Exists(Path.Combine(shared, "dev")), "../shared/gold and ../shared/dev are not beside this clone");

        var outcome = await RatsnetzProcess.RunAsync(["bench", "extract", Path.Combine(shared!, "gold"), Path.Combine(shared!, "dev"), "--min-time", "0.2"], timeout: TimeSpan.FromMinutes(3));

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Matches(@"attendees\s+\d+", outcome.Output);
        Assert.Contains("alle (all)", outcome.Output, StringComparison.Ordinal);
    }

    private sealed class Folder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("ratsnetz-cli-").FullName;

        public string Write(string name, byte[] content)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllBytes(path, content);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
