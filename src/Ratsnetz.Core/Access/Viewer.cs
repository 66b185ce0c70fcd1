namespace Ratsnetz.Access;

/// <summary>
/// Who is looking at council data. Anonymous visitors see only public content; everything that decides about
/// non-public content takes a viewer.
/// </summary>
public sealed record Viewer(string? UserId, bool IsAdministrator, int? PersonId, IReadOnlySet<int> StaffOrganizationIds)
{
    public static readonly Viewer Anonymous = new(null, false, null, new HashSet<int>());

    public bool IsAnonymous => UserId is null;
}
