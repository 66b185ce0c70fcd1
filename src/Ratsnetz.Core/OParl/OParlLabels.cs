using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.OParl;

/// <summary>
/// The German wording OParl's free-text fields carry (meetingState, role, result, organizationType). The
/// machine-readable value goes next to it into a <c>ratsnetz:</c> field.
/// </summary>
internal static class OParlLabels
{
    public static string MeetingState(MeetingState state) => state switch
    {
        Council.Meetings.MeetingState.Planned => "terminiert",
        Council.Meetings.MeetingState.Invited => "eingeladen",
        Council.Meetings.MeetingState.Held => "durchgeführt",
        Council.Meetings.MeetingState.Cancelled => "abgesagt",
        _ => "terminiert",
    };

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Unanimous => "einstimmig beschlossen",
        DecisionOutcome.Adopted => "beschlossen",
        DecisionOutcome.Rejected => "abgelehnt",
        DecisionOutcome.Noted => "zur Kenntnis genommen",
        DecisionOutcome.Postponed => "vertagt",
        DecisionOutcome.AdoptedUnchanged => "unverändert beschlossen",
        DecisionOutcome.AdoptedAmended => "geändert beschlossen",
        DecisionOutcome.Withdrawn => "zurückgezogen",
        _ => outcome.ToString(),
    };

    public static string Role(MembershipRole role) => role switch
    {
        MembershipRole.Chair => "Vorsitz",
        MembershipRole.DeputyChair => "stellvertretender Vorsitz",
        MembershipRole.Member => "Mitglied",
        MembershipRole.DeputyMember => "stellvertretendes Mitglied",
        MembershipRole.AdvisoryMember => "beratendes Mitglied",
        MembershipRole.MinuteTaker => "Schriftführung",
        _ => role.ToString(),
    };

    /// <summary>OParl's suggested values for organizationType.</summary>
    public static string OrganizationType(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Faction => "Fraktion",
        OrganizationKind.Administration => "Verwaltungsbereich",
        OrganizationKind.Other => "Sonstiges",
        _ => "Gremium",
    };

    public static string Classification(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Council => "Rat",
        OrganizationKind.Committee => "Ausschuss",
        OrganizationKind.IntegrationCouncil => "Integrationsrat",
        OrganizationKind.IntegrationCommittee => "Integrationsausschuss",
        OrganizationKind.Faction => "Fraktion",
        OrganizationKind.Administration => "Verwaltung",
        OrganizationKind.WorkingGroup => "Arbeitsgruppe",
        _ => "Sonstiges",
    };

    /// <summary>camelCase of an enum value, the form of the <c>ratsnetz:</c> fields.</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
