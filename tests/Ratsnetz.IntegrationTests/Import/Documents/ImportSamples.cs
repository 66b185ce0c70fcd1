using System.Text;
using Ratsnetz.Documents.Extraction;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Documents;

/// <summary>Synthetic extractions of a fictional town's documents, as the extractor would deliver them.</summary>
internal static class ImportSamples
{
    public const string Town = "Musterstadt";

    public static ImportDocument Minutes(string text = "Niederschrift über die 3. Sitzung des Integrationsrates", string fileName = "niederschrift-3.txt", string? end = "19:30") =>
        Document(fileName, text, new DocumentExtraction
        {
            Type = "minutes",
            Body = "Integrationsrat",
            Municipality = Town,
            SessionNumber = 3,
            Date = "2025-03-12",
            Start = "18:00",
            End = end,
            Location = "Ratssaal",
            QuorumConfirmed = true,
            Chair = "Selin Yilmaz",
            MinuteTaker = "Jonas Weber",
            Attendees =
            [
                new ExtractedPerson { Name = "Selin Yilmaz", Salutation = "Frau", Group = "Liste Vielfalt" },
                new ExtractedPerson { Name = "Marko Petrović", Salutation = "Herr", Group = "Liste Vielfalt", From = "18:20" },
                new ExtractedPerson { Name = "Anna Becker", Salutation = "Frau", Group = "SPD", Role = "stellvertretendes Mitglied", SubstituteFor = "Lukas Brandt" },
                new ExtractedPerson { Name = "Jonas Weber", Salutation = "Herr", Group = "Verwaltung", Role = "Verwaltung" },
            ],
            Absent = [new ExtractedPerson { Name = "Lukas Brandt", Salutation = "Herr", Excused = true }],
            Agenda =
            [
                new ExtractedAgendaItem("1", true, "Einwohnerfragestunde", null),
                new ExtractedAgendaItem("2", true, "Bericht zum Integrationskonzept", "12/2025"),
                new ExtractedAgendaItem("1", false, "Personalangelegenheiten", null),
            ],
            Decisions = [new ExtractedDecision { AgendaNumber = "2", Text = "Der Integrationsrat nimmt den Bericht zur Kenntnis.", Outcome = "zur Kenntnis genommen" }],
            Speakers = [new ExtractedSpeakers("2", true, ["Weber", "Petrovlc", "Yilmaz"])],
            Provenance = new Dictionary<string, LineRange> { ["date"] = new(2, 2), ["attendees[0]"] = new(8, 8) },
        });

    public static ImportDocument Document(string fileName, string text, DocumentExtraction extraction) =>
        new(fileName, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", text, extraction);
}
