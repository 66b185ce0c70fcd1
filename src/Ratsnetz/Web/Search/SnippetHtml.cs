using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Ratsnetz.Search;

namespace Ratsnetz.Web.Search;

/// <summary>
/// Title and snippet parts as HTML: matches in <c>&lt;mark&gt;</c>, every piece encoded. Written in one go because
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
            var text = HtmlEncoder.Default.Encode(part.Text);
            html.AppendHtml(part.Highlighted ? $"<mark>{text}</mark>" : text);
        }

        return html;
    }
}
