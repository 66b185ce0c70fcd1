namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>One agenda item's deliberation: title and paper, narrative, speakers, bias, resolution and vote.</summary>
internal static class MinutesItemLayout
{
    public static void Add(List<Block> blocks, MinutesItem item)
    {
        var number = item.Number is { } n ? $"Zu {GermanText.Item} {n}: " : string.Empty;
        blocks.Add(new HeadingBlock(3, number + item.Title));
        if (item.PaperReference is not null || item.PaperName is not null)
        {
            blocks.Add(new FactsBlock([(GermanText.Paper, string.Join(" – ", new[] { item.PaperReference, item.PaperName }.OfType<string>()))]));
        }

        if (item.Narrative is { } narrative)
        {
            blocks.Add(new ParagraphBlock(narrative));
        }

        if (item.Speakers.Count > 0)
        {
            blocks.Add(new ParagraphBlock(GermanText.Speakers + ":", Emphasis: true));
            blocks.Add(new ListBlock(item.Speakers.Select(s => s.Note is { } note ? $"{s.Name}: {note}" : s.Name).ToList()));
        }

        if (item.BiasDeclarations.Count > 0)
        {
            blocks.Add(new ParagraphBlock(GermanText.Bias + ":", Emphasis: true));
            blocks.Add(new ListBlock(item.BiasDeclarations.Select(b => b.Reason is { } reason ? $"{b.Name} ({reason})" : b.Name).ToList()));
        }

        AddDecision(blocks, item);
        if (item.Attachments.Count > 0)
        {
            blocks.Add(new ParagraphBlock(GermanText.Attachments + ":", Emphasis: true));
            blocks.Add(new ListBlock(item.Attachments));
        }
    }

    private static void AddDecision(List<Block> blocks, MinutesItem item)
    {
        if (item.ResolutionText is { } resolution)
        {
            blocks.Add(new ParagraphBlock(GermanText.Resolution + ":", Emphasis: true));
            blocks.Add(new ParagraphBlock(resolution));
        }

        var result = new List<string>();
        if (item.Outcome is { } outcome)
        {
            result.Add(GermanText.Outcome(outcome));
        }

        if (item.Votes is { } votes)
        {
            result.Add(GermanText.Counts(votes));
        }

        if (result.Count > 0)
        {
            blocks.Add(new FactsBlock([(GermanText.VoteResult, string.Join(" – ", result))]));
        }

        if (item.RollCall is { Entries.Count: > 0 } rollCall)
        {
            blocks.Add(new TableBlock(GermanText.RollCall, [GermanText.Name, GermanText.Vote],
                rollCall.Entries.Select(e => (IReadOnlyList<string>)[e.Name, e.Vote]).ToList()));
        }
    }
}
