using Ratsnetz.Common;

namespace Ratsnetz.Alerts;

/// <summary>What to follow: one organization, one person, or a search with its filters (the fields of the other kinds stay null).</summary>
public sealed record AlertTarget(
    AlertKind Kind, int? OrganizationId = null, int? PersonId = null, string? SearchText = null, int? SearchBodyId = null, string? SearchKind = null, int? SearchYear = null)
{
    public static AlertTarget Organization(int id) => new(AlertKind.Organization, OrganizationId: id);

    public static AlertTarget Person(int id) => new(AlertKind.Person, PersonId: id);

    public static AlertTarget Search(string? text, int? bodyId = null, string? kind = null, int? year = null) =>
        new(AlertKind.Search, SearchText: Text.Clean(text), SearchBodyId: bodyId, SearchKind: string.IsNullOrEmpty(kind) ? null : kind, SearchYear: year);
}
