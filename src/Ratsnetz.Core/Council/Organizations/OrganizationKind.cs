namespace Ratsnetz.Council.Organizations;

/// <summary>What kind of group an organization is; the German terms are in docs/glossary.md.</summary>
public enum OrganizationKind
{
    /// <summary>Rat, Kreistag, Gemeindevertretung.</summary>
    Council = 1,

    /// <summary>Ausschuss of the council.</summary>
    Committee = 2,

    /// <summary>Integrationsrat (§ 27 GO NRW): directly elected members plus council members.</summary>
    IntegrationCouncil = 3,

    /// <summary>Integrationsausschuss, the alternative form of § 27 Abs. 12 GO NRW.</summary>
    IntegrationCommittee = 4,

    /// <summary>Fraktion, party or electoral list (Liste) on whose behalf members sit.</summary>
    Faction = 5,

    /// <summary>Verwaltung: the municipal administration or one of its offices.</summary>
    Administration = 6,

    /// <summary>Arbeitsgruppe, Steuerungsgruppe, runder Tisch.</summary>
    WorkingGroup = 7,

    Other = 99,
}

public static class OrganizationKindExtensions
{
    /// <summary>Kinds that hold meetings and take decisions (German "Gremium").</summary>
    public static bool IsDecisionBody(this OrganizationKind kind) => kind is OrganizationKind.Council
        or OrganizationKind.Committee or OrganizationKind.IntegrationCouncil or OrganizationKind.IntegrationCommittee
        or OrganizationKind.WorkingGroup;
}
