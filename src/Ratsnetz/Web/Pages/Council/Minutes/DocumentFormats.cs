using System.Globalization;
using System.Text;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Council.Minutes.Rendering;

namespace Ratsnetz.Web.Pages.Council.Minutes;

/// <summary>The download formats: content type, file extension and the renderer for each.</summary>
public static class DocumentFormats
{
    public static readonly IReadOnlyList<string> Minutes = ["html", "pdf", "docx"];

    public static readonly IReadOnlyList<string> Invitation = ["pdf", "docx", "html"];

    public static string ContentType(string format) => format switch
    {
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "text/html; charset=utf-8",
    };

    public static byte[] Render(LaidOutDocument document, string format) => format switch
    {
        "pdf" => PdfRenderer.Render(document),
        "docx" => DocxRenderer.Render(document),
        _ => Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)),
    };

    /// <summary>"niederschrift-integrationsrat-2021-11-04-oeffentlich.pdf": ASCII only, so every browser keeps it.</summary>
    public static string FileName(string kind, DocumentHeader header, string? variant, string format)
    {
        var parts = new List<string> { kind, Slug(header.OrganizationName) };
        if (header.Date is { } date)
        {
            parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (variant is not null)
        {
            parts.Add(variant);
        }

        return string.Join('-', parts.Where(p => p.Length > 0)) + "." + format;
    }

    public static string VariantSegment(MinutesVariant variant) => variant == MinutesVariant.Full ? "vollstaendig" : "oeffentlich";

    public static MinutesVariant? ParseVariant(string segment) => segment switch
    {
        "vollstaendig" => MinutesVariant.Full,
        "oeffentlich" => MinutesVariant.Public,
        _ => null,
    };

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            slug.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                _ => "-",
            });
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
