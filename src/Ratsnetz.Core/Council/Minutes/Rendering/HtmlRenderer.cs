using System.Text;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// A standalone, semantic HTML page (lang="de"): headings in order, tables with captions and column headers,
/// definition lists for label–value lines. It needs no script and no external resource, so it can be saved and
/// archived as it is.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(LaidOutDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(document.Title))
            .Append("</title>\n<style>")
            .Append("body{font-family:sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}")
            .Append("table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:bold}")
            .Append("th,td{border:1px solid #666;padding:.25rem .5rem;text-align:left;vertical-align:top}")
            .Append("dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}")
            .Append(".signatures{display:flex;gap:3rem;flex-wrap:wrap}.signature{min-width:14rem;border-top:1px solid #111;padding-top:.25rem;margin-top:2.5rem}")
            .Append("</style>\n</head>\n<body>\n<main>\n");
        foreach (var block in document.Blocks)
        {
            Append(html, block);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Append(StringBuilder html, Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var level = Math.Clamp(heading.Level, 1, 6);
                html.Append("<h").Append(level).Append('>').Append(Encode(heading.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case ParagraphBlock paragraph:
                html.Append(paragraph.Emphasis ? "<p><strong>" : "<p>")
                    .Append(Encode(paragraph.Text).Replace("\n", "<br>", StringComparison.Ordinal))
                    .Append(paragraph.Emphasis ? "</strong></p>\n" : "</p>\n");
                break;
            case FactsBlock facts:
                html.Append("<dl>\n");
                foreach (var (label, value) in facts.Facts)
                {
                    html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
                }

                html.Append("</dl>\n");
                break;
            case ListBlock list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").Append(Encode(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case TableBlock table:
                AppendTable(html, table);
                break;
            case SignatureBlock signatures:
                html.Append("<div class=\"signatures\">\n");
                foreach (var (role, name, signed) in signatures.Lines)
                {
                    html.Append("<p class=\"signature\">").Append(Encode(name ?? string.Empty)).Append("<br>")
                        .Append(Encode(role)).Append("<br><small>").Append(Encode(signed ?? GermanText.NotSigned)).Append("</small></p>\n");
                }

                html.Append("</div>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table>\n<caption>").Append(Encode(table.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th scope=\"col\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Escapes markup characters only: the page is UTF-8, so umlauts stay readable in the source.</summary>
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
