using System.Globalization;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Data.DemoData;

/// <summary>
/// Builds a meeting with its attendance and agenda through the meeting's own methods, so the demo data obeys the
/// same rules as data entered by users (one record per person, valid substitutes, votes that fit the outcome).
/// </summary>
internal static class MeetingSeeder
{
    public static Meeting Create(MeetingEntry entry, BodyRecords records)
    {
        var organization = records.Organization(entry.Organization);
        var meeting = Meeting.Create(organization.Id, entry.Date, Time(entry.Start), Time(entry.End), entry.SessionNumber).Value;
        meeting.Describe(entry.Name, entry.Note);
        meeting.RecordQuorum(entry.QuorumConfirmed);
        if (entry.Location is { } location)
        {
            meeting.SetLocation(records.Location(location).Id);
        }

        foreach (var attendance in entry.Attendance ?? [])
        {
            var details = new AttendanceDetails(
                attendance.Group,
                attendance.Function,
                Time(attendance.From),
                Time(attendance.Until),
                attendance.FromAgendaNumber,
                attendance.UntilAgendaNumber,
                attendance.SubstituteFor is { } absentee ? records.Person(absentee).Id : null);
            _ = meeting.RecordAttendance(records.Person(attendance.Person).Id, attendance.Status, attendance.Role, details).Value;
        }

        foreach (var itemEntry in entry.Agenda ?? [])
        {
            AddAgendaItem(meeting, itemEntry, records);
        }

        // The state goes last: a cancelled meeting would refuse attendance and agenda.
        SetState(meeting, entry.State);
        records.Add(entry.Key, meeting);
        return meeting;
    }

    private static void AddAgendaItem(Meeting meeting, AgendaItemEntry entry, BodyRecords records)
    {
        var item = meeting.AddAgendaItem(entry.Number, entry.Public, entry.Title).Value;
        item.SetSummary(entry.Summary);
        if (entry.Paper is { } paperKey)
        {
            var paper = records.Paper(paperKey);
            item.LinkPaper(paper.Id);
            records.AddPaperOnAgenda(paper, meeting, item);
        }

        if (entry.Decision is { } decision)
        {
            var votes = decision.Votes is { } v ? VoteCounts.Create(v.Yes, v.No, v.Abstentions, v.Biased).Value : null;
            item.RecordDecision(decision.Text, decision.Outcome, votes).ThrowIfError();
        }

        foreach (var speaker in entry.Speakers ?? [])
        {
            item.AddContribution(records.Person(speaker).Id);
        }

        if (entry.Key is { } key)
        {
            records.Add(key, item);
        }
    }

    private static void SetState(Meeting meeting, MeetingState state)
    {
        var result = state switch
        {
            MeetingState.Planned => Result.Success,
            MeetingState.Invited => meeting.MarkInvited(),
            MeetingState.Held => meeting.MarkHeld(),
            MeetingState.Cancelled => meeting.Cancel(),
            _ => throw new InvalidDataException($"Unknown meeting state {state}."),
        };
        result.ThrowIfError();
    }

    private static TimeOnly? Time(string? value) =>
        value is null ? null : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);
}
