using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ratsnetz.Feeds.Atom;
using Ratsnetz.Mail;

namespace Ratsnetz.Alerts;

/// <summary>What is new for one subscription, grouped; <paramref name="More"/> counts items left out of a long section.</summary>
public sealed record DigestSection(string Heading, IReadOnlyList<AtomEntry> Items, int More = 0);

/// <summary>
/// The two mails alerts send, in German from <c>AlertMailText.resx</c>, each as plain text and HTML with absolute
/// links on the configured portal address. Every digest carries the RFC 8058 one-click unsubscribe headers.
/// </summary>
public sealed class AlertMails(AlertOptions options)
{
    private static readonly ResourceManager Text = new("Ratsnetz.Alerts.AlertMailText", typeof(AlertMails).Assembly);

    // Umlauts stay readable in the HTML part; only markup characters are escaped.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string T(string key, params object[] args)
    {
        var format = Text.GetString(key, German) ?? key;
        return args.Length == 0 ? format : string.Format(German, format, args);
    }

    public static string Frequency(AlertFrequency frequency) => T("Frequency_" + frequency);

    public OutgoingMail Confirmation(string to, string label, AlertFrequency frequency, string token)
    {
        var link = $"{options.BaseUrl}/benachrichtigungen/bestaetigen?token={token}";
        var intro = T("Confirm_Intro", label, Frequency(frequency));
        var expiry = T("Confirm_Expiry", options.ConfirmWithinHours);
        var text = new StringBuilder()
            .AppendLine(intro).AppendLine()
            .AppendLine(T("Confirm_Action") + ":").AppendLine(link).AppendLine()
            .AppendLine(expiry).AppendLine().AppendLine("-- ").AppendLine(T("Footer"));
        var html = new StringBuilder()
            .Append(HtmlStart(T("Confirm_Action")))
            .Append("<p>").Append(Encode(intro)).Append("</p>")
            .Append("<p><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(T("Confirm_Action"))).Append("</a></p>")
            .Append("<p>").Append(Encode(expiry)).Append("</p>")
            .Append(HtmlEnd());
        return new OutgoingMail(to, T("Confirm_Subject", label), text.ToString(), html.ToString(), new Dictionary<string, string>());
    }

    public OutgoingMail Digest(string to, string label, AlertFrequency frequency, string unsubscribeToken, IReadOnlyList<DigestSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var unsubscribe = $"{options.BaseUrl}/benachrichtigungen/abmelden?token={unsubscribeToken}";
        var intro = T("Digest_Intro", label);
        var why = T("Digest_Manage", label, Frequency(frequency));
        var text = new StringBuilder().AppendLine(intro);
        var html = new StringBuilder().Append(HtmlStart(label)).Append("<p>").Append(Encode(intro)).Append("</p>");
        foreach (var section in sections)
        {
            text.AppendLine().AppendLine(section.Heading).AppendLine(new string('-', section.Heading.Length));
            html.Append("<h2>").Append(Encode(section.Heading)).Append("</h2><ul>");
            foreach (var item in section.Items)
            {
                var url = options.BaseUrl + item.Path;
                text.Append("* ").AppendLine(item.Title);
                if (item.Summary is { Length: > 0 } summary)
                {
                    text.Append("  ").AppendLine(summary);
                }

                text.Append("  ").AppendLine(url);
                html.Append("<li><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(item.Title)).Append("</a>");
                if (item.Summary is { Length: > 0 } htmlSummary)
                {
                    html.Append("<br>").Append(Encode(htmlSummary));
                }

                html.Append("</li>");
            }

            if (section.More > 0)
            {
                text.AppendLine(T("Digest_More", section.More));
                html.Append("<li>").Append(Encode(T("Digest_More", section.More))).Append("</li>");
            }

            html.Append("</ul>");
        }

        text.AppendLine().AppendLine(T("Digest_PublicOnly")).AppendLine().AppendLine("-- ").AppendLine(why)
            .AppendLine(T("Digest_Unsubscribe") + ":").AppendLine(unsubscribe);
        html.Append("<p>").Append(Encode(T("Digest_PublicOnly"))).Append("</p><hr><p>").Append(Encode(why)).Append("<br>")
            .Append("<a href=\"").Append(Encode(unsubscribe)).Append("\">").Append(Encode(T("Digest_Unsubscribe"))).Append("</a></p>")
            .Append(HtmlEnd());
        var headers = new Dictionary<string, string>
        {
            // RFC 8058: mail clients offer "unsubscribe" and POST this body to the https URL, without a browser.
            ["List-Unsubscribe"] = $"<{unsubscribe}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            ["Auto-Submitted"] = "auto-generated",
        };
        return new OutgoingMail(to, T("Digest_Subject", label), text.ToString(), html.ToString(), headers);
    }

    private static string HtmlStart(string title) =>
        $"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body>";

    private static string HtmlEnd() => $"<p style=\"color:#555\">{Encode(T("Footer"))}</p></body></html>";

    private static string Encode(string value) => Html.Encode(value);
}
