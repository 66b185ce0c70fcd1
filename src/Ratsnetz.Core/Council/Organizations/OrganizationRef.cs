namespace Ratsnetz.Council.Organizations;

/// <summary>An organization as other read models mention it.</summary>
public sealed record OrganizationRef(int Id, string Name, string? ShortName);
