namespace Ratsnetz.Web.Identity;

/// <summary>Role names as stored; shown to users through resources (Rolle_…).</summary>
public static class Roles
{
    public const string Administrator = "Administrator";

    /// <summary>Geschäftsführung of one or more bodies.</summary>
    public const string Management = "Geschaeftsfuehrung";

    /// <summary>Mitglied of a body.</summary>
    public const string Member = "Mitglied";

    public static readonly IReadOnlyList<string> All = [Administrator, Management, Member];
}
