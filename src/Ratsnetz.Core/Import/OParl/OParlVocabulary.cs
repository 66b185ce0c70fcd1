using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Import.OParl;

/// <summary>
/// OParl carries kinds, roles and results as free German text. These guesses turn the common wordings into our
/// enums; anything unrecognised gets the neutral value (Other, Member, no outcome) and the text is kept as written.
/// </summary>
public static class OParlVocabulary
{
    private static readonly StringComparison Ci = StringComparison.OrdinalIgnoreCase;

    /// <summary>From organizationType ("Gremium", "Fraktion", …), classification ("Ausschuss", …) and the name.</summary>
    public static OrganizationKind GuessOrganizationKind(string? organizationType, string? classification, string name)
    {
        string[] texts = [classification ?? string.Empty, organizationType ?? string.Empty, name];
        bool Says(params string[] words) => texts.Any(t => words.Any(w => t.Contains(w, Ci)));

        if (Says("Integrationsrat"))
        {
            return OrganizationKind.IntegrationCouncil;
        }

        if (Says("Integrationsausschuss"))
        {
            return OrganizationKind.IntegrationCommittee;
        }

        if (Says("Fraktion", "Partei", "Wählergruppe", "Wählergemeinschaft", "Gruppe im Rat", "Liste"))
        {
            return OrganizationKind.Faction;
        }

        if (Says("Ausschuss", "Beirat", "Kommission", "Bezirksvertretung", "Bezirksbeirat", "Ortsbeirat"))
        {
            return OrganizationKind.Committee;
        }

        if (Says("Arbeitsgruppe", "Arbeitskreis", "Steuerungsgruppe", "Runder Tisch", "Lenkungskreis"))
        {
            return OrganizationKind.WorkingGroup;
        }

        if (Says("Verwaltung", "Dezernat", "Amt", "Referat", "Dienststelle", "Fachbereich", "Beauftragte", "Eigenbetrieb"))
        {
            return OrganizationKind.Administration;
        }

        // "Rat" last: it is part of many names ("Beirat", "Integrationsrat") handled above.
        return Says("Gemeinderat", "Stadtrat", "Ortschaftsrat", "Kreistag", "Gemeindevertretung", "Stadtverordnetenversammlung", "Rat der Stadt", "Rat")
            ? OrganizationKind.Council
            : OrganizationKind.Other;
    }

    public static MembershipRole GuessMembershipRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return MembershipRole.Member;
        }

        var deputy = role.Contains("stellv", Ci) || role.Contains("stv.", Ci) || role.Contains("Stellvertret", Ci) || role.Contains("Vertreter", Ci);
        if (role.Contains("Vorsitz", Ci) || role.Contains("Vorsitzende", Ci))
        {
            return deputy ? MembershipRole.DeputyChair : MembershipRole.Chair;
        }

        if (role.Contains("Schriftführ", Ci) || role.Contains("Protokoll", Ci))
        {
            return MembershipRole.MinuteTaker;
        }

        if (role.Contains("beratend", Ci) || role.Contains("sachkundig", Ci) || role.Contains("Sachverständig", Ci))
        {
            return MembershipRole.AdvisoryMember;
        }

        return deputy ? MembershipRole.DeputyMember : MembershipRole.Member;
    }

    /// <summary>"Herr", "Ratsherr", "Frau", "Ratsfrau", "Bürgermeisterin", … → the form of address, or null.</summary>
    public static Salutation? GuessSalutation(string? formOfAddress)
    {
        if (string.IsNullOrWhiteSpace(formOfAddress))
        {
            return null;
        }

        var text = formOfAddress.Trim();
        if (text.Contains("frau", Ci) || text.EndsWith("in", Ci))
        {
            return Salutation.Frau;
        }

        return text.Contains("herr", Ci) ? Salutation.Herr : null;
    }

    /// <summary>The outcome an agenda item's result text states, when it clearly states one.</summary>
    public static DecisionOutcome? GuessOutcome(string? result)
    {
        if (string.IsNullOrWhiteSpace(result))
        {
            return null;
        }

        bool Says(params string[] words) => words.Any(w => result.Contains(w, Ci));
        if (Says("abgelehnt"))
        {
            return DecisionOutcome.Rejected;
        }

        if (Says("vertagt", "zurückgestellt", "abgesetzt"))
        {
            return DecisionOutcome.Postponed;
        }

        if (Says("zurückgezogen"))
        {
            return DecisionOutcome.Withdrawn;
        }

        if (Says("Kenntnis"))
        {
            return DecisionOutcome.Noted;
        }

        if (Says("einstimmig"))
        {
            return DecisionOutcome.Unanimous;
        }

        if (Says("ungeändert", "wie vorgeschlagen"))
        {
            return DecisionOutcome.AdoptedUnchanged;
        }

        if (Says("geändert", "mit Änderung"))
        {
            return DecisionOutcome.AdoptedAmended;
        }

        return Says("beschlossen", "zugestimmt", "angenommen") ? DecisionOutcome.Adopted : null;
    }
}
