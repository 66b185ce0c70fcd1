using System.Globalization;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// The German words of the generated documents. Minutes and invitations are official records written in German
/// whatever language the portal is shown in, and Core cannot see the web project's resources; so their
/// vocabulary lives here, next to the layouts that use it.
/// </summary>
public static class GermanText
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public const string Minutes = "Niederschrift";
    public const string Invitation = "Einladung";
    public const string Draft = "Entwurf – noch nicht unterzeichnet";
    public const string PublicVersion = "Öffentliche Fassung (ohne nichtöffentlichen Teil)";
    public const string Present = "Anwesend";
    public const string OthersPresent = "Außerdem anwesend";
    public const string Members = "Mitglieder";
    public const string Excused = "Entschuldigt fehlten";
    public const string AbsentWithoutExcuse = "Unentschuldigt fehlten";
    public const string Agenda = "Tagesordnung";
    public const string PartA = "A. Öffentlicher Teil";
    public const string PartB = "B. Nichtöffentlicher Teil";
    public const string Withheld = "nichtöffentlich";
    public const string Item = "TOP";
    public const string ItemTitle = "Bezeichnung des Tagesordnungspunktes";
    public const string Paper = "Vorlage";
    public const string Name = "Name";
    public const string Role = "Rolle";
    public const string Presence = "Anwesenheit";
    public const string SubstituteFor = "Vertretung für";
    public const string Speakers = "Wortbeiträge";
    public const string Resolution = "Beschluss";
    public const string VoteResult = "Abstimmungsergebnis";
    public const string RollCall = "Namentliche Abstimmung";
    public const string Vote = "Stimme";
    public const string Bias = "Befangenheit (§ 31 GO NRW)";
    public const string Attachments = "Anlagen";
    public const string Addenda = "Nachträge";
    public const string Reason = "Grund";
    public const string Signatures = "Unterschriften";
    public const string Chair = "Vorsitz";
    public const string MinuteTaker = "Schriftführung";
    public const string NotSigned = "nicht unterzeichnet";
    public const string Body = "Gremium";
    public const string Session = "Sitzung";
    public const string Date = "Datum";
    public const string Start = "Beginn";
    public const string End = "Ende";
    public const string Time = "Uhrzeit";
    public const string Place = "Ort";
    public const string Published = "Veröffentlicht";
    public const string Page = "Seite";
    public const string Of = "von";

    public static string DateLong(DateOnly date) => date.ToString("dddd, dd.MM.yyyy", German);

    public static string DateShort(DateOnly date) => date.ToString("dd.MM.yyyy", German);

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", German) + " Uhr";

    /// <summary>An instant in the meeting's time zone, as "21.11.2026, 17:05 Uhr".</summary>
    public static string Instant(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), MeetingClock.Zone(MeetingClock.DefaultTimeZoneId));
        return local.ToString("dd.MM.yyyy, HH:mm", German) + " Uhr";
    }

    public static string SignedOn(DateTime utc) => $"unterzeichnet am {Instant(utc)}";

    public static string SessionLabel(int number) => $"{number}. Sitzung";

    public static string RoleName(AttendanceRole role) => role switch
    {
        AttendanceRole.Chair => "Vorsitz",
        AttendanceRole.DeputyChair => "stellv. Vorsitz",
        AttendanceRole.DeputyMember => "stellv. Mitglied",
        AttendanceRole.AdvisoryMember => "beratendes Mitglied",
        AttendanceRole.MinuteTaker => "Schriftführung",
        AttendanceRole.Administration => "Verwaltung",
        AttendanceRole.Guest => "Gast",
        _ => "Mitglied",
    };

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Unanimous => "einstimmig beschlossen",
        DecisionOutcome.Adopted => "mehrheitlich beschlossen",
        DecisionOutcome.Rejected => "abgelehnt",
        DecisionOutcome.Noted => "zur Kenntnis genommen",
        DecisionOutcome.Postponed => "vertagt",
        DecisionOutcome.AdoptedUnchanged => "ungeändert beschlossen",
        DecisionOutcome.AdoptedAmended => "geändert beschlossen",
        DecisionOutcome.Withdrawn => "zurückgezogen",
        _ => outcome.ToString(),
    };

    public static string Counts(VoteCounts votes)
    {
        var text = $"Ja: {votes.Yes}, Nein: {votes.No}, Enthaltungen: {votes.Abstentions}";
        return votes.Biased > 0 ? $"{text}, befangen: {votes.Biased}" : text;
    }
}
