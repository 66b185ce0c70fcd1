namespace Ratsnetz.Council.Memberships;

/// <summary>The role a person holds in an organization; German terms in docs/glossary.md.</summary>
public enum MembershipRole
{
    /// <summary>Vorsitz.</summary>
    Chair = 1,

    /// <summary>Stellvertretender Vorsitz.</summary>
    DeputyChair = 2,

    /// <summary>Ordentliches Mitglied.</summary>
    Member = 3,

    /// <summary>Stellvertretendes Mitglied, usually the deputy of one seat.</summary>
    DeputyMember = 4,

    /// <summary>Beratendes Mitglied (e.g. sachkundige Einwohner): speaks, does not vote.</summary>
    AdvisoryMember = 5,

    /// <summary>Schriftführung: keeps the minutes, does not vote.</summary>
    MinuteTaker = 6,
}

public static class MembershipRoleExtensions
{
    /// <summary>Roles that can never carry a vote in the body.</summary>
    public static bool IsNonVoting(this MembershipRole role) => role is MembershipRole.AdvisoryMember or MembershipRole.MinuteTaker;
}
