namespace Ratsnetz.Documents.Extraction;

/// <summary>A parsed list entry with the list context it was found in.</summary>
internal sealed class ListedPerson(PersonLine line, bool absent, bool? excused, string? headingGroup, string? headingRole, string? headingFunction)
{
    public PersonLine Line { get; } = line;

    public bool Absent { get; set; } = absent;

    public bool? Excused { get; set; } = excused;

    public string? HeadingGroup { get; } = headingGroup;

    public string? HeadingRole { get; } = headingRole;

    public string? HeadingFunction { get; } = headingFunction;
}
