namespace Ratsnetz.Council.Files;

/// <summary>A document in a list: what it is, how big, and where its page is.</summary>
public sealed record FileSummary(int Id, string Name, string FileName, string MediaType, long Size, FileRole Role, DateOnly? Date, bool IsPublic, int? AgendaItemId);
