using System.Diagnostics;
using System.Text;

namespace Ratsnetz.Documents.Extraction;

/// <summary>The extractor must never throw or hang, whatever it is given.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Words =
    [
        "Herr", "Frau", "Muster", "wird", "gewählt", "Anwesend:", "TOP", "1.", "Beschluss:", "Ja:", "9", "Vorsitzender", "in",
        "Musterstadt", "Stadt", "(SPD)", "für", "ab", "17:30", "Uhr", "|", "\t", "Begründung:", "Antrag", "dass", "-", "Sitzung",
        "des", "Rates", "am", "04.11.2021", "Tagesordnung", "\n", "\n\n", "gez.", "Entschuldigt", "i.V.", "Abstimmung:", "„", ".",
    ];

    [Fact]
    public void Random_characters_and_random_council_words_never_throw()
    {
        var random = new Random(20240611);
        for (var round = 0; round < 200; round++)
        {
            var text = round % 2 == 0 ? RandomChars(random, random.Next(0, 3000)) : RandomWords(random, random.Next(0, 600));
            var result = TextDocumentExtractor.ExtractUnguarded(text);
            Assert.NotNull(result.Type);
        }
    }

    [Fact]
    public void Mutated_documents_never_throw()
    {
        var random = new Random(7);
        foreach (var original in SampleTexts())
        {
            for (var round = 0; round < 25; round++)
            {
                var chars = original.ToCharArray();
                for (var k = 0; k < 1 + (chars.Length / 50); k++)
                {
                    chars[random.Next(chars.Length)] = (char)random.Next(0, 0x500);
                }

                var cut = random.Next(chars.Length + 1);
                TextDocumentExtractor.ExtractUnguarded(new string(chars, 0, cut));
            }
        }
    }

    [Theory]
    [InlineData("Herr Muster wird ", 100_000)]
    [InlineData(".", 1_000_000)]
    [InlineData("1.1.1.1 ", 100_000)]
    [InlineData("|1 | x [ ] |\n", 40_000)]
    [InlineData("Herr Anton Berta Caesar Dora Emil ", 20_000)]
    [InlineData("Anwesend: Vorsitzender: Herr A: ", 20_000)]
    [InlineData("Beschluss:\n", 50_000)]
    public void Huge_repetitive_inputs_finish_quickly(string unit, int times)
    {
        var text = new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
        var watch = Stopwatch.StartNew();

        new TextDocumentExtractor().Extract(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Utf8_read_as_latin1_is_repaired_before_extraction()
    {
        var original = "Niederschrift\nüber die 2. Sitzung des Integrationsrates am 04.11.2021\n\nAnwesend\n\nHerr Gökçen Muster\nFrau Merve Gürcü\n\nTagesordnung:\n1. Eröffnung";
        var garbled = System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes(original));

        var result = TextDocumentExtractor.ExtractUnguarded(garbled);

        Assert.Equal(["Gökçen Muster", "Merve Gürcü"], result.Attendees.Select(a => a.Name));
    }

    [Fact]
    public void Null_is_treated_as_empty_text()
    {
        Assert.Equal("unknown", TextDocumentExtractor.ExtractUnguarded(null).Type);
    }

    private static string RandomChars(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(0, 0x3000)).ToArray());

    private static string RandomWords(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));

    private static IEnumerable<string> SampleTexts()
    {
        yield return "Niederschrift\nüber die 2. Sitzung des Integrationsrates\nam 04.11.2021\n\nAnwesend\n\nSPD\n\nHerr Anton Muster\n\n"
            + "Entschuldigt fehlten\n\nFrau Berta Fern\n\nTOP\tBezeichnung\tVorlage\n1\tBericht\t12/2021\n\nZu TOP 1.\n\nHerr Muster berichtet.\n\n"
            + "Beschluss:\nDer Rat nimmt Kenntnis.\n\nAbstimmung: Ja: 9, Nein: 0\n\ngez. Muster\nVorsitzender\n";
        yield return "Antrag zur Sitzung des Rates am 08.12.2022\n\nTOP 15 Stellenplan\n\nMusterstadt, 05.12.2022\n\nDie Verwaltung wird beauftragt.\n\n"
            + "Begründung:\n\nEs ist nötig.\n\nKlaus Muster\n\n(Fraktionsvorsitzender)\n";
        yield return "Musterstadt. Der Ausschuss hat einstimmig beschlossen, das Konzept anzunehmen. „Gut“, sagte der Bürgermeister.";
    }
}
