using System.Globalization;

namespace Ratsnetz.Bench;

/// <summary>
/// A paper's words and originator, drawn from the paper's own random stream, so the papers, originators,
/// agenda items and files passes all see the same title without keeping a million strings in memory.
/// </summary>
internal sealed record BenchPaperText(string Reference, string Name, string Topic, string? Summary, int OriginatorOrg, int? OriginatorPerson, string? OriginatorFunction)
{
    public static BenchPaperText For(BenchLayout layout, int paper)
    {
        var random = BenchRandom.For(layout.Seed, BenchStream.Paper, paper);
        var body = layout.Bodies[layout.PaperBody[paper] - 1];
        var date = DateOnly.FromDayNumber(layout.PaperDay[paper]);
        var topic = DrawTopic(ref random, date.Year);
        var reference = string.Create(CultureInfo.InvariantCulture, $"{layout.PaperNumber[paper]}/{date.Year}");
        var type = layout.PaperType[paper];
        if (type is BenchLayout.Antrag or BenchLayout.Anfrage)
        {
            var faction = body.FirstOrg + BenchBodyLayout.FirstFaction + random.Next(body.Factions) + 1;
            var factionName = BenchNames.Faction(layout, faction);
            var person = random.Chance(type == BenchLayout.Anfrage ? 1.0 : 0.4) ? MemberOf(layout, body, faction, ref random) : null;
            var name = type == BenchLayout.Antrag ? $"Antrag der Fraktion {factionName}: {topic}" : $"Anfrage der Fraktion {factionName} zu {topic}";
            return new BenchPaperText(reference, name, topic, DrawSummary(ref random, topic), faction, person, person is null ? null : "Fraktionsvorsitz");
        }

        var title = type switch
        {
            0 => $"{topic} – {random.Pick(BenchWords.VorlageActions)}",
            1 => random.Chance(0.5) ? $"Sachstandsbericht: {topic}" : $"Jahresbericht {date.Year - 1}: {topic}",
            _ => $"Stellungnahme der Verwaltung zu {topic}",
        };
        return new BenchPaperText(reference, title, topic, DrawSummary(ref random, topic), body.AdministrationId, null, null);
    }

    private static string DrawTopic(ref BenchRandom random, int year) => random.Next(6) switch
    {
        0 => $"{random.Pick(BenchWords.Measures)} der {random.Pick(BenchWords.Buildings)} {BenchNames.Street(ref random)}",
        1 => $"Bebauungsplan Nr. {1 + random.Next(400)} „{BenchNames.Street(ref random)}“",
        2 => random.Chance(0.5) ? $"Haushaltssatzung {year + 1}" : $"Jahresabschluss {year - 1}",
        _ => random.Pick(BenchWords.Topics),
    };

    private static string? DrawSummary(ref BenchRandom random, string topic) =>
        random.Chance(0.2) ? $"Kurzfassung: Es geht um {topic}; die Beratung ist im Ausschuss vorgesehen." : null;

    private static int? MemberOf(BenchLayout layout, BenchBodyLayout body, int faction, ref BenchRandom random)
    {
        for (var attempt = 0; attempt < 24; attempt++)
        {
            var person = body.FirstPerson + random.Next(body.People);
            if (layout.PersonFaction[person] == faction && !layout.PersonDeleted[person])
            {
                return person + 1;
            }
        }

        return null;
    }
}
