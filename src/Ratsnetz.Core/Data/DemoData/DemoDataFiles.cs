using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Data.DemoData;

// The shape of the demo data files (Data/DemoData/*.json, embedded in Ratsnetz.Core). A "*.body.json" file holds a
// municipality's standing records (organizations, people, seats); a "*.document.json" file holds what one source
// document says (papers, meetings, consultations) and where the document itself is filed. Objects refer to each other
// by key within one body; a person's key defaults to the family name, so speaker lists read like the minutes.
// Only facts go here: names, dates, numbers, titles, roles, votes, resolution wording, one-sentence summaries.

internal sealed record BodyFile(
    string Name,
    string ShortName,
    IReadOnlyList<OrganizationEntry> Organizations,
    IReadOnlyList<PersonEntry> People,
    string? Classification = null,
    string? Website = null,
    IReadOnlyList<TermEntry>? LegislativeTerms = null,
    IReadOnlyList<LocationEntry>? Locations = null,
    IReadOnlyList<MembershipEntry>? Memberships = null,
    string? About = null);

internal sealed record TermEntry(string Name, DateOnly? StartDate = null, DateOnly? EndDate = null);

/// <summary>A place; meetings refer to it by <see cref="Key"/>, which defaults to the description.</summary>
internal sealed record LocationEntry(
    string Description, string? Key = null, string? StreetAddress = null, string? PostalCode = null, string? Locality = null)
{
    public string KeyOrDefault => Key ?? Description;
}

internal sealed record OrganizationEntry(
    string Name, OrganizationKind Kind, string? Key = null, string? ShortName = null, int? StatutorySeats = null)
{
    public string KeyOrDefault => Key ?? ShortName ?? Name;
}

internal sealed record PersonEntry(
    string FamilyName, string? GivenName = null, Salutation? Salutation = null, string? Title = null, string? Key = null)
{
    public string KeyOrDefault => Key ?? FamilyName;
}

/// <summary>A seat or function; <see cref="DeputyOf"/> names the person whose seat in the same organization a deputy covers.</summary>
internal sealed record MembershipEntry(
    string Person,
    string Organization,
    MembershipRole Role,
    string? OnBehalfOf = null,
    string? DeputyOf = null,
    string? Function = null,
    bool? VotingRight = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    MembershipMandate? Mandate = null);

internal sealed record DocumentFile(
    string Body,
    SourceEntry? Source = null,
    IReadOnlyList<PaperEntry>? Papers = null,
    IReadOnlyList<MeetingEntry>? Meetings = null,
    IReadOnlyList<ConsultationEntry>? Consultations = null,
    string? About = null);

/// <summary>The source document as a file: <see cref="File"/> is its name in the seed documents folder.</summary>
internal sealed record SourceEntry(
    string File,
    string FileName,
    string Name,
    FileRole Role,
    AttachmentEntry AttachTo,
    DateOnly? Date = null,
    bool Public = true);

internal sealed record AttachmentEntry(string? Meeting = null, string? AgendaItem = null, string? Paper = null);

/// <summary>A paper; others refer to it by <see cref="Key"/>, which defaults to the reference ("146/2021").</summary>
internal sealed record PaperEntry(
    string Type,
    string Name,
    string? Reference = null,
    string? Key = null,
    DateOnly? Date = null,
    string? Summary = null,
    bool Public = true,
    IReadOnlyList<OriginatorEntry>? Originators = null)
{
    public string KeyOrDefault => Key ?? Reference
        ?? throw new InvalidDataException($"Paper '{Name}' needs a key or a reference.");
}

internal sealed record OriginatorEntry(string? Person = null, string? Organization = null, string? Function = null);

/// <summary>A meeting; times are local "HH:mm". Attendance and agenda are listed in the order of the record.</summary>
internal sealed record MeetingEntry(
    string Key,
    string Organization,
    MeetingState State,
    DateOnly? Date = null,
    string? Start = null,
    string? End = null,
    int? SessionNumber = null,
    string? Name = null,
    string? Location = null,
    bool? QuorumConfirmed = null,
    string? Note = null,
    IReadOnlyList<AttendanceEntry>? Attendance = null,
    IReadOnlyList<AgendaItemEntry>? Agenda = null);

internal sealed record AttendanceEntry(
    string Person,
    AttendanceRole Role,
    AttendanceStatus Status = AttendanceStatus.Present,
    string? Group = null,
    string? Function = null,
    string? From = null,
    string? Until = null,
    string? FromAgendaNumber = null,
    string? UntilAgendaNumber = null,
    string? SubstituteFor = null);

/// <summary>
/// An agenda item. <see cref="Key"/> is needed only where something refers to the item. A linked paper is also
/// recorded as consulted at this item. <see cref="Speakers"/> are person keys in the order they first spoke.
/// </summary>
internal sealed record AgendaItemEntry(
    string Title,
    string? Number = null,
    bool Public = true,
    string? Key = null,
    string? Paper = null,
    string? Summary = null,
    DecisionEntry? Decision = null,
    IReadOnlyList<string>? Speakers = null);

internal sealed record DecisionEntry(string? Text = null, DecisionOutcome? Outcome = null, VoteEntry? Votes = null);

internal sealed record VoteEntry(int Yes, int No, int Abstentions, int Biased);

internal sealed record ConsultationEntry(
    string Paper,
    string? Organization = null,
    string? Meeting = null,
    string? AgendaItem = null,
    string? Role = null,
    bool Authoritative = false);
