namespace Ratsnetz.Access;

/// <summary>A staff account (Geschäftsführung) responsible for one organization.</summary>
public sealed class StaffAssignment
{
    private StaffAssignment()
    {
        UserId = string.Empty;
    }

    public StaffAssignment(string userId, int organizationId)
    {
        UserId = userId;
        OrganizationId = organizationId;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public int OrganizationId { get; private set; }
}
