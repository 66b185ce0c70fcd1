namespace Ratsnetz.Search;

/// <summary>A piece of a title or snippet; highlighted pieces matched the query. Plain text, escaped by each front door.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);
