using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;

namespace Ratsnetz.Council.Minutes;

/// <summary>A fictional meeting's minutes, built by hand, long enough to need several PDF pages.</summary>
internal static class MinutesSamples
{
    public const string SecretTitle = "Personalangelegenheit Integrationsbüro";

    public static MinutesDocument Minutes(MinutesVariant variant = MinutesVariant.Full, int narrativeSentences = 6)
    {
        var narrative = string.Join(' ', Enumerable.Range(1, narrativeSentences)
            .Select(i => $"Frau Beispiel berichtete über Punkt {i} des Sommerfestes und seine Vorbereitung im Stadtteil."));
        MinutesItem Item(string number, string title, string? paper) => new(
            number, title, paper, paper is null ? null : "Bericht der Verwaltung", narrative,
            [new MinutesSpeaker("Erika Beispiel", null), new MinutesSpeaker("Max Muster", "fragte nach den Kosten")],
            "Der Integrationsrat nimmt den Bericht zur Kenntnis.", new VoteCounts(9, 1, 2, 0), DecisionOutcome.Adopted,
            ["Präsentation Sommerfest"], [new BiasDeclaration("Nora Abwesend", "Vorstand des Trägervereins")], null);
        var nonPublic = variant == MinutesVariant.Full
            ? new List<MinutesItem> { Item("1", SecretTitle, null) with { Narrative = "Vertraulich besprochen." } }
            : [];
        return new MinutesDocument(
            variant,
            new DocumentHeader("Musterstadt", "Integrationsrat", 5, null, new DateOnly(2025, 3, 12), new TimeOnly(18, 0), new TimeOnly(19, 30), "Sitzungssaal, Markt 1, 12345 Musterstadt"),
            new MinutesStatus(MinutesState.SignedOff, null),
            [
                new AttendanceSection("Musterliste (ML)", [Person("Herr", "Max Muster", AttendanceRole.Chair), Person("Frau", "Erika Beispiel", AttendanceRole.Member) with { From = new TimeOnly(18, 20) }]),
                new AttendanceSection("SPD", [Person("Herr", "Karl Vertreter", AttendanceRole.DeputyMember) with { SubstituteFor = "Nora Abwesend" }]),
            ],
            [new AttendanceSection("Verwaltung", [Person("Frau", "Hanna Protokoll", AttendanceRole.MinuteTaker)])],
            [Person("Frau", "Nora Abwesend", AttendanceRole.Member)],
            [],
            "Der Vorsitzende stellte fest, dass die Tagesordnung form- und fristgerecht zugegangen sei.",
            [Item("1", "Bericht über das Sommerfest", "12/2025"), Item("2", "Planungen 2025/2026", null), Item("3", "Mitteilungen der Verwaltung", null)],
            nonPublic,
            [new SignatureLine(SignatureRole.Chair, "Max Muster", new DateTime(2025, 3, 20, 9, 30, 0, DateTimeKind.Utc)), new SignatureLine(SignatureRole.MinuteTaker, "Hanna Protokoll", null)],
            [new MinutesAddendumEntry(new DateTime(2025, 3, 21, 8, 0, 0, DateTimeKind.Utc), "Geschäftsführung", "Frau Beispiel kam um 18:25 Uhr.", "Uhrzeit berichtigt")]);
    }

    private static MinutesPerson Person(string salutation, string name, AttendanceRole role) =>
        new(salutation, name, role, null, null, null, null, null, null);
}
