namespace Ratsnetz.Council.Papers;

/// <summary>A paper as lists and agenda items mention it.</summary>
public sealed record PaperSummary(int Id, string? Reference, string Name, string PaperType, DateOnly? Date);
