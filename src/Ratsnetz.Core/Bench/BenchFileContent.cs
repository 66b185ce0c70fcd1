using System.Globalization;
using System.Text;

namespace Ratsnetz.Bench;

/// <summary>
/// A few hundred bytes of plausible German text per file, assembled from <see cref="BenchWords.Sentences"/>, and the
/// bytes stored for it: the UTF-8 text itself, or a small one-page PDF showing the text (readable by pdftotext).
/// </summary>
internal static class BenchFileContent
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Text(int seed, BenchFile file)
    {
        var random = BenchRandom.For(seed, BenchStream.File, file.Id);
        var text = new StringBuilder(700);
        text.Append(file.Town).Append('\n')
            .Append(file.Name).Append('\n')
            .Append(file.Date.ToString("dd.MM.yyyy", German)).Append("\n\n");
        var amount = (5_000 + random.Next(2_000_000)).ToString("N0", German);
        var year = file.Date.Year.ToString(CultureInfo.InvariantCulture);
        // Distinct sentences: an odd step through the 16 sentences visits each once before repeating.
        var count = BenchWords.Sentences.Length;
        var first = random.Next(count);
        var step = 1 + (2 * random.Next(count / 2));
        var sentences = 3 + random.Next(4);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(string.Format(German, BenchWords.Sentences[(first + (i * step)) % count], file.Topic, amount, year)).Append(' ');
        }

        text.Length--;
        return text.Append('\n').ToString();
    }

    public static byte[] Bytes(BenchFile file, string text) => file.Pdf ? BenchPdf.Render(text) : Encoding.UTF8.GetBytes(text);

    public static string MediaType(BenchFile file) => file.Pdf ? "application/pdf" : "text/plain";
}
