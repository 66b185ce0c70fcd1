namespace Ratsnetz.OParl;

/// <summary>
/// Which rows make up a body's list of one type, as SQL that SQLite and PostgreSQL both read: the table (alias
/// <c>e</c>) with any joins, and the condition that keeps the body's objects the public may see (parameter
/// <c>@body</c>). The list query (<see cref="OParlListQuery"/>) adds keyset, filters and the stored documents.
/// </summary>
/// <remarks>
/// SQL rather than LINQ because this is the hottest query of the API: one round trip per page, read without EF's
/// query pipeline (ADR 0011). Visibility here must match the resource's <c>Reachable</c>; the list-completeness
/// tests compare the two on every type.
/// </remarks>
internal sealed record OParlListScope(string From, string Where)
{
    /// <summary>The list of bodies belongs to the system, not to a body.</summary>
    public bool IsSystemList { get; init; }

    public static OParlListScope OfBody(string table) => new(table + " e", "e.body_id = @body");

    /// <summary>Objects that belong to a body through their organization.</summary>
    public static OParlListScope ThroughOrganization(string table) =>
        new(table + " e JOIN organizations o ON o.id = e.organization_id", "o.body_id = @body");
}
