namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>The invitation: who meets when and where, then the agenda in parts A and B with the papers per item.</summary>
public static class InvitationLayout
{
    public static LaidOutDocument Lay(InvitationDocument invitation)
    {
        var header = invitation.Header;
        var blocks = new List<Block>
        {
            new HeadingBlock(1, $"{GermanText.Invitation} – {header.OrganizationName}"),
            new FactsBlock(HeaderFacts.Of(header)),
            new HeadingBlock(2, GermanText.Agenda),
            Table(GermanText.PartA, invitation.PublicPart),
        };
        if (invitation.NonPublicPart.Count > 0)
        {
            blocks.Add(Table(GermanText.PartB, invitation.NonPublicPart));
        }

        var running = $"{GermanText.Invitation} {header.OrganizationName}{(header.Date is { } d ? ", " + GermanText.DateShort(d) : string.Empty)}";
        return new LaidOutDocument($"{GermanText.Invitation} – {header.OrganizationName}", running, blocks);
    }

    private static TableBlock Table(string part, IReadOnlyList<InvitationItem> items) => new(
        part,
        [GermanText.Item, GermanText.ItemTitle, GermanText.Paper],
        items.Select(i => (IReadOnlyList<string>)[
            i.Number ?? string.Empty,
            i.Title ?? GermanText.Withheld,
            string.Join("; ", i.Papers.Select(p => p.Reference is { } reference ? $"{reference} – {p.Name}" : p.Name))]).ToList());
}
