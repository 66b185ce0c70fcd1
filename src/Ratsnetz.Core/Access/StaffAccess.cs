namespace Ratsnetz.Access;

/// <summary>
/// Who manages council work: administrators everything; Geschäftsführung the organizations assigned to them
/// (<see cref="StaffAssignment"/>). Members and the public manage nothing.
/// </summary>
public static class StaffAccess
{
    public static bool IsStaff(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return !viewer.IsAnonymous && (viewer.IsAdministrator || viewer.StaffOrganizationIds.Count > 0);
    }

    public static bool MayManage(Viewer viewer, int organizationId) =>
        IsStaff(viewer) && (viewer.IsAdministrator || viewer.StaffOrganizationIds.Contains(organizationId));
}
