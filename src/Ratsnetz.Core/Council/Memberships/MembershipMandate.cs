namespace Ratsnetz.Council.Memberships;

/// <summary>
/// How a person came to a seat in an Integrationsrat (§ 27 GO NRW): elected directly by the migrant population on a
/// list, or appointed by the council from its members. The law requires the directly elected to be the majority.
/// </summary>
public enum MembershipMandate
{
    /// <summary>Direkt gewählt (Integrationsratswahl), usually on a list (Liste).</summary>
    DirectlyElected = 1,

    /// <summary>Vom Rat bestellt: a council member sent by the council.</summary>
    CouncilAppointed = 2,
}
