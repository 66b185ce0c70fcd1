namespace Ratsnetz.Council.Papers;

/// <summary>Who submitted a paper (OParl originatorPerson / originatorOrganization).</summary>
public sealed class PaperOriginator
{
    private PaperOriginator()
    {
    }

    internal PaperOriginator(int paperId, int? personId, int? organizationId, string? function)
    {
        PaperId = paperId;
        PersonId = personId;
        OrganizationId = organizationId;
        Function = function;
    }

    public int Id { get; private set; }

    public int PaperId { get; private set; }

    public int? PersonId { get; private set; }

    public int? OrganizationId { get; private set; }

    /// <summary>The signer's office as written, e.g. "Fraktionsvorsitzender".</summary>
    public string? Function { get; private set; }
}
