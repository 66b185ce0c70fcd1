namespace Ratsnetz.Search;

/// <summary>What a search result is; stored as text in <c>search_documents.kind</c> and used in URLs (<c>?typ=</c>).</summary>
public static class SearchKind
{
    public const string Meeting = "meeting";
    public const string AgendaItem = "agenda_item";
    public const string Paper = "paper";
    public const string File = "file";
    public const string Person = "person";
    public const string Organization = "organization";

    public static readonly IReadOnlyList<string> All = [Meeting, AgendaItem, Paper, File, Person, Organization];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
