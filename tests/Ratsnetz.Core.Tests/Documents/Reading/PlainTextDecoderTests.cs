using System.Text;
using Ratsnetz.Documents.Scoring;

namespace Ratsnetz.Documents.Reading;

public sealed class PlainTextDecoderTests
{
    private const string German = "Niederschrift über die Sitzung des Integrationsrates – Größe, Übersicht, Öffnung, Straße";

    private static readonly Encoding Windows1252 = CodePages(1252);
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_with_or_without_bom_round_trips(bool bom)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(German + " Gülşen Ayyıldız")).ToArray();

        var (text, encoding) = PlainTextDecoder.Decode(bytes)!.Value;

        Assert.Equal(German + " Gülşen Ayyıldız", PlainTextDecoder.Normalize(text));
        Assert.Equal(bom ? "utf-8-bom" : "utf-8", encoding);
    }

    [Fact]
    public void Windows_1252_round_trips_with_its_quotes_and_euro_sign()
    {
        const string text = "„Integrationsrat“ beschließt 5.000 € – einstimmig";

        var decoded = PlainTextDecoder.Decode(Windows1252.GetBytes(text))!.Value;

        Assert.Equal((text, "windows-1252"), decoded);
    }

    [Fact]
    public void Latin_1_round_trips()
    {
        const string text = "Bürgermeister Jürgen Müller-Lüdenscheidt, Geschäftsführerin, Maß";

        var decoded = PlainTextDecoder.Decode(Latin1.GetBytes(text))!.Value;

        Assert.Equal((text, "iso-8859-1"), decoded);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(German)).ToArray();

        Assert.Equal(German, PlainTextDecoder.Decode(bytes)!.Value.Text);
    }

    [Fact]
    public void Every_shared_text_survives_a_round_trip_through_windows_1252()
    {
        var texts = SharedCorpus.Texts();
        Assert.SkipWhen(texts.Count == 0, "shared corpus not found beside the repository");
        _ = CodePages(1252);
        var strict = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        foreach (var path in texts)
        {
            var original = PlainTextDecoder.Normalize(File.ReadAllText(path));
            byte[] legacy;
            try
            {
                legacy = strict.GetBytes(original);
            }
            catch (EncoderFallbackException)
            {
                continue; // Characters outside 1252 (Turkish ş, ı): such a file could never have been 1252.
            }

            Assert.Equal(original, PlainTextDecoder.Normalize(PlainTextDecoder.Decode(legacy)!.Value.Text));
        }
    }

    [Fact]
    public void Line_ends_become_newlines_and_umlauts_are_composed()
    {
        var decomposed = "U\u0308bersicht\r\nZeile\rEnde\fSeite".Normalize(NormalizationForm.FormD);

        Assert.Equal("Übersicht\nZeile\nEnde\nSeite", PlainTextDecoder.Normalize(decomposed));
    }

    [Fact]
    public void Bytes_with_nul_or_many_control_characters_are_not_text()
    {
        Assert.Null(PlainTextDecoder.Decode("Text\0mit NUL"u8));
        Assert.Null(PlainTextDecoder.Decode(Enumerable.Range(1, 200).Select(i => (byte)(i % 31 + 1)).ToArray()));
    }

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
