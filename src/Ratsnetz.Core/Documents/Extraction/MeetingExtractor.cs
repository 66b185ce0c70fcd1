namespace Ratsnetz.Documents.Extraction;

/// <summary>Minutes, agendas and resolution pages: everything that records one meeting.</summary>
internal static class MeetingExtractor
{
    public static DocumentExtraction Extract(DocumentText doc, string type)
    {
        var log = new ProvenanceLog();
        var attendance = type == "minutes" ? AttendanceExtractor.Extract(doc) : AttendanceResult.Empty;
        var header = HeaderExtractor.Extract(doc, attendance.Start);
        var body = BodyFinder.FromHeader(doc, header.HeaderEnd) ?? BodyFinder.ByFrequency(doc);
        var bodyStart = Math.Max(attendance.End, header.HeaderEnd);
        var list = AgendaExtractor.ReadList(doc, bodyStart, wholeDocument: type == "agenda");
        var segments = type == "agenda" ? [] : ItemSegments.Find(doc, list.End >= 0 ? list.End : bodyStart, list.Items.Select(i => i.Value).ToList());
        var fromHeadings = ItemSegments.AgendaFromHeadings(doc, segments);
        var agenda = list.Items.Count > 0 ? ItemSegments.AddPapers(list.Items, fromHeadings) : fromHeadings;
        if (agenda.Count == 0 && type == "resolution")
        {
            agenda = AgendaExtractor.LooseSubitems(doc);
        }

        var stated = type != "resolution";
        return new DocumentExtraction
        {
            Type = type,
            Body = log.Take("body", body),
            Municipality = log.Take("municipality", MunicipalityFinder.Find(doc)),
            SessionNumber = log.TakeValue("session_number", header.SessionNumber),
            Date = stated ? log.Take("date", header.Date) : null,
            Start = stated ? log.Take("start", header.Start) : null,
            End = stated ? log.Take("end", header.End) : null,
            Location = stated ? log.Take("location", header.Location) : null,
            Attendees = log.TakeAll("attendees", attendance.Attendees),
            Absent = log.TakeAll("absent", attendance.Absent),
            Agenda = log.TakeAll("agenda", agenda),
            Provenance = log.Entries,
        };
    }
}
