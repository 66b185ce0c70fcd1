using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

internal sealed record MotionTargetFacts(
    Sourced<string>? Body,
    Sourced<string>? Date,
    Sourced<int>? Session,
    Sourced<string>? Item,
    Sourced<string>? ItemTitle,
    Sourced<string>? Paper);

/// <summary>
/// The meeting a motion is for: "Antrag zur Sitzung des Rates am 08. Dezember 2022", "TOP 15 Stellenplan …",
/// label columns ("Gremium: 63. Plenarsitzung Gemeinderat", "Termin:", "TOP:", "Vorlage Nr.:"), or a consultation
/// table ("Gremien Termin TOP Ö / N" over "Gemeinderat 29.09.2026 38 Ö Entscheidung").
/// </summary>
internal static partial class MotionTarget
{
    public static MotionTargetFacts Find(DocumentText doc, int headEnd, Dictionary<string, Sourced<string>> labels)
    {
        Sourced<string>? body = null, date = null, item = null, itemTitle = null, paper = null;
        Sourced<int>? session = null;
        for (var i = 0; i < Math.Min(headEnd, doc.Count); i++)
        {
            var line = doc.Lines[i];
            if (ForMeeting().Match(line) is { Success: true } fm)
            {
                body ??= new Sourced<string>(BodyFinder.Nominative(fm.Groups["b"].Value, "des"), DocumentText.Range(i, i));
                if (GermanDates.FirstDate(line[fm.Index..]) is { } d)
                {
                    date ??= new Sourced<string>(d, DocumentText.Range(i, i));
                }

                if (MotionExtractor.ParseInt(fm.Groups["n"].Value) is { } n)
                {
                    session ??= new Sourced<int>(n, DocumentText.Range(i, i));
                }
            }

            if (TopLine().Match(line) is { Success: true } tm)
            {
                item ??= new Sourced<string>(AgendaPatterns.NormaliseNumber(tm.Groups["n"].Value), DocumentText.Range(i, i));
                if (tm.Groups["t"].Success)
                {
                    itemTitle ??= new Sourced<string>(tm.Groups["t"].Value.Trim(), DocumentText.Range(i, i));
                }
            }

            if (ConsultationHeader().IsMatch(line) && doc.NextNonBlank(i + 1) is var r && r > 0 && Consultation().Match(doc.Lines[r]) is { Success: true } cm)
            {
                body ??= new Sourced<string>(cm.Groups["b"].Value.Trim(), DocumentText.Range(r, r));
                date ??= GermanDates.FirstDate(cm.Groups["d"].Value) is { } d ? new Sourced<string>(d, DocumentText.Range(r, r)) : null;
                item ??= cm.Groups["top"].Success ? new Sourced<string>(cm.Groups["top"].Value, DocumentText.Range(r, r)) : null;
            }
        }

        if (labels.TryGetValue("gremium", out var g) && Committee().Match(g.Value) is { Success: true } gm)
        {
            body ??= g with { Value = gm.Groups["b"].Value.Trim() };
            session ??= MotionExtractor.ParseInt(gm.Groups["n"].Value) is { } n ? new Sourced<int>(n, g.Lines) : null;
        }

        if (labels.TryGetValue("termin", out var t) && GermanDates.FirstDate(t.Value) is { } td)
        {
            date ??= t with { Value = td };
        }

        if (labels.TryGetValue("top", out var top) && ItemNumber().Match(top.Value) is { Success: true } im)
        {
            item ??= top with { Value = AgendaPatterns.NormaliseNumber(im.Value) };
        }

        foreach (var key in (string[])["vorlagenr", "vorlage", "drucksachenr", "drucksache"])
        {
            if (paper is null && labels.TryGetValue(key, out var p) && PaperValue().Match(p.Value) is { Success: true } pm)
            {
                paper = p with { Value = pm.Value };
            }
        }

        return new MotionTargetFacts(body, date, session, item, itemTitle, paper);
    }

    [GeneratedRegex(@"\b(?:zur|für\s+die|in\s+der)\s+(?:(?<n>\d{1,3})\.\s*)?(?:\p{L}+\s+)?(?:Plenar)?[Ss]itzung\s+(?:des|der)\s+(?<b>\p{Lu}[\p{L}\-]+(?:\s+für\s+[^,]+?)?)(?=\s+am\b|\s*,|\s*$|\s+vom\b)")]
    private static partial Regex ForMeeting();

    [GeneratedRegex(@"^TOP\s*(?<n>\d{1,3}[a-z]?(?:\.\d{1,3})*)\.?\s*:?\s*(?<t>\p{L}.{3,})?$")]
    private static partial Regex TopLine();

    [GeneratedRegex(@"^Gremi\w*\s+Termin\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsultationHeader();

    [GeneratedRegex(@"^(?<b>\p{Lu}[\p{L}\- ]+?)\s+(?<d>\d{1,2}\.\d{1,2}\.\d{2,4})(?:\s+(?<top>\d{1,3}[a-z]?(?:\.\d{1,3})*))?")]
    private static partial Regex Consultation();

    [GeneratedRegex(@"^(?:(?<n>\d{1,3})\.\s*(?:\p{L}+\s+)?(?:Plenar)?[Ss]itzung\s+(?:des\s+|der\s+)?)?(?<b>\p{Lu}.*)$")]
    private static partial Regex Committee();

    [GeneratedRegex(@"^\d{1,3}[a-z]?(?:\.\d{1,3})*")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"(?:[A-Z]{1,4}[/-]?)?\d[\w/.\-]*\d|\d")]
    private static partial Regex PaperValue();
}
