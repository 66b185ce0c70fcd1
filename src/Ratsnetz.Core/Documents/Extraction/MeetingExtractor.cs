namespace Ratsnetz.Documents.Extraction;

/// <summary>Minutes, agendas and resolution pages: everything that records one meeting.</summary>
internal static class MeetingExtractor
{
    public static DocumentExtraction Extract(DocumentText doc, string type)
    {
        var log = new ProvenanceLog();
        var attendance = type == "minutes" ? AttendanceExtractor.Extract(doc) : AttendanceResult.Empty;
        var header = HeaderExtractor.Extract(doc, attendance.Start);
        var body = BodyFinder.FromHeader(doc, header.HeaderEnd) ?? BodyFinder.FromLabel(doc, header.HeaderEnd) ?? BodyFinder.ByFrequency(doc);
        var bodyStart = Math.Max(attendance.End, header.HeaderEnd);
        var list = AgendaExtractor.ReadList(doc, bodyStart, wholeDocument: type == "agenda");
        var segments = type == "agenda" ? [] : ItemSegments.Find(doc, list.End >= 0 ? list.End : bodyStart, list.Items.Select(i => i.Value).ToList());
        var fromHeadings = ItemSegments.AgendaFromHeadings(doc, segments);
        var agenda = list.Items.Count > 0 ? ItemSegments.AddPapers(list.Items, fromHeadings) : fromHeadings;
        if (agenda.Count == 0 && type == "resolution")
        {
            agenda = AgendaExtractor.LooseSubitems(doc);
        }

        var attendees = attendance.Attendees.ToList();
        var officers = SignatureExtractor.Find(doc, attendees.Select(a => a.Value).ToList(), attendance.Start, attendance.End);
        if (type == "minutes" && attendance.Start < 0)
        {
            attendees = MentionedAttendees.Find(doc, bodyStart, officers.Chair);
        }

        attendees = OfficerRoles(attendees, officers);
        var people = attendees.Select(a => a.Value).ToList();
        var decisions = type == "agenda" ? [] : DecisionExtractor.Find(doc, segments);
        if (decisions.Count == 0 && type == "resolution")
        {
            decisions = ProseDecisions.Find(doc);
        }

        // An item page names its meeting only in a heading ("Sitzung des Integrationsrates am 12.03.2024"); a date in
        // its text is some other day.
        var stated = type != "resolution" || header.DateScore >= 5;
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
            QuorumConfirmed = type == "minutes" ? log.TakeValue("quorum_confirmed", Quorum.Find(doc)) : null,
            Chair = log.Take("chair", officers.Chair),
            MinuteTaker = log.Take("minute_taker", officers.MinuteTaker),
            Attendees = log.TakeAll("attendees", attendees),
            Absent = log.TakeAll("absent", attendance.Absent),
            Agenda = log.TakeAll("agenda", agenda),
            Decisions = log.TakeAll("decisions", decisions),
            Speakers = type == "agenda" ? [] : log.TakeAll("speakers", SpeakerExtractor.Find(doc, segments, people)),
            Provenance = log.Entries,
        };
    }

    /// <summary>The signatures say who chaired and who kept the minutes; their list entries take those roles.</summary>
    private static List<Sourced<ExtractedPerson>> OfficerRoles(List<Sourced<ExtractedPerson>> attendees, Officers officers)
    {
        return attendees.Select(a =>
        {
            var p = a.Value;
            if (officers.Chair is { } c && NameMatcher.SamePerson(p.Name, c.Value) && p.Role is null or Roles.Member)
            {
                return a with { Value = p with { Role = Roles.Chair } };
            }

            if (officers.MinuteTaker is { } m && NameMatcher.SamePerson(p.Name, m.Value) && p.Role is null or Roles.Member or Roles.Administration)
            {
                return a with { Value = p with { Role = Roles.MinuteTaker } };
            }

            return a;
        }).ToList();
    }
}
