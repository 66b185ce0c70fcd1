namespace Ratsnetz.Council.People;

/// <summary>A person as other read models mention them: enough to print the name and link to the person page.</summary>
public sealed record PersonRef(int Id, string Name);
