using Microsoft.AspNetCore.Html;

namespace Ratsnetz.Web.Pages.Shared;

/// <summary>
/// Renders record text (summaries, resolutions, document text) as paragraphs: blank lines separate paragraphs,
/// single line breaks are kept, and runs marked **bold** in the record (minutes set speakers' names that way)
/// are shown bold. Built in code so that no stray whitespace enters the text; every run is HTML-encoded.
/// </summary>
public static class RecordText
{
    public static IHtmlContent Paragraphs(string? text)
    {
        var html = new HtmlContentBuilder();
        var lang = DisplayText.RecordLang is { } l ? $" lang=\"{l}\"" : string.Empty;
        foreach (var paragraph in DisplayText.Paragraphs(text))
        {
            html.AppendHtml($"<p{lang}>");
            for (var line = 0; line < paragraph.Count; line++)
            {
                if (line > 0)
                {
                    html.AppendHtml("<br>");
                }

                var runs = paragraph[line];
                for (var run = 0; run < runs.Length; run++)
                {
                    if (run % 2 == 1)
                    {
                        html.AppendHtml("<strong>").Append(runs[run]).AppendHtml("</strong>");
                    }
                    else
                    {
                        html.Append(runs[run]);
                    }
                }
            }

            html.AppendHtml("</p>");
        }

        return html;
    }
}
