namespace Ratsnetz.Council.Minutes;

/// <summary>
/// The invitation (Einladung) to one meeting: who meets when and where, and the agenda with its papers. Part B items
/// carry their title and papers only for viewers with access; for everyone else they are numbers only.
/// </summary>
public sealed record InvitationDocument(
    DocumentHeader Header,
    IReadOnlyList<InvitationItem> PublicPart,
    IReadOnlyList<InvitationItem> NonPublicPart);

/// <summary>An agenda item; <see cref="Title"/> is null when the item is withheld from the viewer.</summary>
public sealed record InvitationItem(string? Number, string? Title, IReadOnlyList<InvitationPaper> Papers)
{
    public bool IsWithheld => Title is null;
}

public sealed record InvitationPaper(string? Reference, string Name);
