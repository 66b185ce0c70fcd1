using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Repairs OCR slips in running words (titles, decision texts) that are unambiguous in German: "ii" for "ü"
/// ("Durchfiihrung"), "fur"/"flir"/"fiir" for "für", "Offentlich" for "Öffentlich". Names are never repaired: the
/// contract keeps them as written.
/// </summary>
internal static partial class OcrRepair
{
    public static string Words(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var t = DoubleI().Replace(text, "ü");
        t = For().Replace(t, "für");
        t = Public().Replace(t, m => m.Value[0] == 'O' ? "Ö" : "ö");
        return FliH().Replace(t, "füh");
    }

    [GeneratedRegex(@"(?<=\p{Ll})ii(?=\p{Ll})")]
    private static partial Regex DoubleI();

    [GeneratedRegex(@"\b(?:fur|flir|fiir|fir)\b")]
    private static partial Regex For();

    [GeneratedRegex(@"\b[Oo](?=ffentlich)")]
    private static partial Regex Public();

    [GeneratedRegex(@"(?<=\p{L})flih")]
    private static partial Regex FliH();
}
