using System.Diagnostics;
using System.Text;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Documents.Scoring;

namespace Ratsnetz.Documents.Reading;

/// <summary>
/// Thousands of damaged documents – flipped bytes, cuts, splices, repetitions, other encodings – through reader and
/// extractor: every one must end in text or a typed error, never an exception, and within a bounded time.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int TextMutations = 2000;
    private const int PdfMutations = 60;
    private static readonly TimeSpan MaxPerDocument = TimeSpan.FromSeconds(5);
    private static readonly string[] Specials = ["\0", "\r", "\f", "\uFFFD", "\u0308\u0308\u0308", "TOP ", "-\n", "\t\t\t", "(", "ab TOP ", "Ja: Nein:", "\u202E", "𝕏"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mutated_texts_never_crash_the_reader_or_the_extractor()
    {
        var random = new Random(20261121);
        var seeds = Seeds();
        var reader = new DocumentReader(FakeTools.Working(), new DocumentReaderOptions { MaxBytes = 4 * 1024 * 1024 });
        var extractor = new TextDocumentExtractor();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < TextMutations; i++)
        {
            var bytes = Mutate(random, seeds);
            var read = await reader.ReadAsync(bytes, $"fuzz-{i}", Ct);
            var outcome = read.Error is DocumentReadError error ? error.Failure.ToString() : "text";
            if (read.IsSuccess)
            {
                await ExtractWithinAsync(extractor, read.Value.Text, i);
            }

            // The same bytes as a string, unread: the extractor must also survive what no reader would produce.
            await ExtractWithinAsync(extractor, Encoding.Latin1.GetString(bytes), i);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.True(outcomes.GetValueOrDefault("text") > TextMutations / 2, string.Join(", ", outcomes));
    }

    [Fact]
    public async Task Mutated_pdfs_end_in_text_or_a_typed_error_with_the_real_tools()
    {
        InstalledTools.RequirePdfText();
        var random = new Random(4711);
        var pdf = TestPdfs.WithTextLayer(TestPdfs.MinutesLines);
        var reader = new DocumentReader(new DocumentReaderOptions { Ocr = false, PdfTextTimeout = TimeSpan.FromSeconds(20) });
        var extractor = new TextDocumentExtractor();
        for (var i = 0; i < PdfMutations; i++)
        {
            var bytes = i % 3 == 0 ? Truncate(random, pdf) : Flip(random, pdf, random.Next(1, 40));
            var clock = Stopwatch.StartNew();

            var read = await reader.ReadAsync(bytes, $"fuzz-{i}.pdf", Ct);

            Assert.True(read.IsSuccess || read.Error is DocumentReadError, read.Error?.Message);
            if (read.IsSuccess)
            {
                await ExtractWithinAsync(extractor, read.Value.Text, i);
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"mutation {i} took {clock.Elapsed}");
        }
    }

    // A runaway pattern must fail the test with the input that caused it, not hang the test run.
    private static async Task ExtractWithinAsync(TextDocumentExtractor extractor, string text, int mutation)
    {
        var extraction = Task.Run(() => ExtractionJson.Serialize(extractor.Extract(text)), Ct);
        try
        {
            await extraction.WaitAsync(MaxPerDocument, Ct);
        }
        catch (TimeoutException)
        {
            var saved = Path.Combine(Path.GetTempPath(), $"ratsnetz-fuzz-slow-{mutation}.txt");
            await File.WriteAllTextAsync(saved, text, Ct);
            Assert.Fail($"extraction of mutation {mutation} ({text.Length} chars) took longer than {MaxPerDocument}; input saved to {saved}");
        }
    }

    private static List<byte[]> Seeds()
    {
        var texts = SharedCorpus.Texts().Select(File.ReadAllBytes).ToList();
        texts.Add(Encoding.UTF8.GetBytes(string.Join('\n', TestPdfs.MinutesLines)));
        texts.Add(Encoding.UTF8.GetBytes(SyntheticMinutes()));
        texts.Add(Encoding.Latin1.GetBytes(SyntheticMinutes()));
        texts.Add(TestPdfs.WithTextLayer(TestPdfs.MinutesLines));
        return texts;
    }

    private static string SyntheticMinutes() => """
        Niederschrift über die 4. Sitzung des Integrationsrates am 12.03.2025
        Sitzungsdauer 17:00 - 18:30 Uhr, Ratssaal
        Anwesend:
        Vorsitz
        Herr Mehmet Yılmaz
        Mitglieder Integrationsrat
        Frau Gülşen Öztürk               ab 17:30 Uhr
        Herr Hüseyin Gürbiz   für ordentl. Mitglied Ismail Cakir
        Verwaltung
        Frau Christine Busch             Beigeordnete
        Entschuldigt fehlten: Herr Cengiz Sirkeci
        Tagesordnung
        1. Durchführung des Kommunalen Integrations-
           managements (Drucksache 11/1566)
        2. Verschiedenes
        Beschluss: einstimmig (9 Ja, 0 Nein, 0 Enthaltungen)
        """;

    private static byte[] Mutate(Random random, List<byte[]> seeds)
    {
        var seed = seeds[random.Next(seeds.Count)];
        return random.Next(8) switch
        {
            0 => Flip(random, seed, random.Next(1, 50)),
            1 => Truncate(random, seed),
            2 => Splice(random, seed, seeds[random.Next(seeds.Count)]),
            3 => Insert(random, seed, RandomBytes(random, random.Next(1, 2000))),
            4 => Repeat(random, seed),
            5 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(seed))).ToArray(),
            6 => Insert(random, seed, Encoding.UTF8.GetBytes(Specials[random.Next(Specials.Length)])),
            _ => Flip(random, Truncate(random, seed), 3),
        };
    }

    private static byte[] Flip(Random random, byte[] source, int count)
    {
        var copy = (byte[])source.Clone();
        for (var i = 0; i < count && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Truncate(Random random, byte[] source) => source[..random.Next(source.Length + 1)];

    private static byte[] Splice(Random random, byte[] head, byte[] tail) =>
        [.. head.AsSpan(0, random.Next(head.Length + 1)), .. tail.AsSpan(random.Next(tail.Length + 1))];

    private static byte[] Insert(Random random, byte[] source, byte[] insert)
    {
        var at = random.Next(source.Length + 1);
        return [.. source.AsSpan(0, at), .. insert, .. source.AsSpan(at)];
    }

    // Long runs of one line: the kind of input that makes backtracking patterns explode.
    private static byte[] Repeat(Random random, byte[] source)
    {
        var start = random.Next(source.Length + 1);
        var segment = source.AsSpan(start, Math.Min(random.Next(1, 200), source.Length - start)).ToArray();
        var repeated = Enumerable.Repeat(segment, random.Next(10, 1000)).SelectMany(s => s);
        return [.. source.AsSpan(0, start), .. repeated, .. source.AsSpan(start)];
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
