using Microsoft.AspNetCore.Html;
using Ratsnetz.Search;

namespace Ratsnetz.Web.Search;

/// <summary>
/// Title and snippet parts as HTML: matches in <c>&lt;mark&gt;</c>, every piece of text encoded. Written in one go because
/// Razor markup around each part would put spaces inside words.
/// </summary>
public static class SnippetHtml
{
    public static IHtmlContent Render(IEnumerable<SnippetPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var html = new HtmlContentBuilder();
        foreach (var part in parts)
        {
            // Append (not AppendHtml) leaves encoding to the page's encoder, which writes umlauts as they are.
            if (part.Highlighted)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
