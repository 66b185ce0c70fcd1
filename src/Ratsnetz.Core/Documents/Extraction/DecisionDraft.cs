namespace Ratsnetz.Documents.Extraction;

/// <summary>What an item record has said so far about one decision, while the record is read.</summary>
internal sealed class DecisionDraft
{
    public string? Text { get; set; }

    /// <summary>"Beschluss: ungeändert beschlossen": the outcome stated as a status.</summary>
    public string? Status { get; set; }

    /// <summary>The vote result as written ("einstimmig", "Bei 1 Enthaltung mehrheitlich zugestimmt").</summary>
    public string? Result { get; set; }

    /// <summary>"Beschlussvorschlag:": the text voted on when no "Beschluss:" text follows.</summary>
    public string? Proposal { get; set; }

    public VoteCounts Votes { get; set; }

    public int First { get; private set; } = -1;

    public int Last { get; private set; } = -1;

    public bool Started => First >= 0;

    public bool Voted => Result is not null || Votes.Any;

    public void Touch(int first, int last)
    {
        First = First < 0 ? first : Math.Min(First, first);
        Last = Math.Max(Last, last);
    }

    public Sourced<ExtractedDecision> ToDecision(Segment segment)
    {
        var text = Text ?? Proposal ?? Status;
        var outcome = VoteParser.Outcome(Status) ?? VoteParser.Outcome(Result) ?? VoteParser.OutcomeOfVotes(Votes) ?? VoteParser.Outcome(text);
        var decision = new ExtractedDecision
        {
            AgendaNumber = segment.Number,
            Public = segment.Public,
            Text = text is null ? null : OcrRepair.Words(text),
            Yes = Votes.Yes,
            No = Votes.No,
            Abstain = Votes.Abstain,
            Biased = Votes.Biased,
            Outcome = outcome,
        };
        return new Sourced<ExtractedDecision>(decision, DocumentText.Range(First, Last));
    }
}
