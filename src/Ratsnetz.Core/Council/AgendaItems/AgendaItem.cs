using Ratsnetz.Common;
using Ratsnetz.Council.Contributions;

namespace Ratsnetz.Council.AgendaItems;

/// <summary>
/// One item (Tagesordnungspunkt) in the public part (A) or the non-public part (B) of a meeting. Everything on a
/// non-public item — title, text, resolution, votes, speakers, files — is withheld from anyone without access.
/// </summary>
public sealed partial class AgendaItem : Entity
{
    private readonly List<Contribution> _contributions = [];

    private AgendaItem()
    {
        Title = string.Empty;
    }

    internal AgendaItem(int meetingId, string? number, int order, bool isPublic, string title)
    {
        MeetingId = meetingId;
        Number = number;
        Order = order;
        IsPublic = isPublic;
        Title = title;
    }

    public int MeetingId { get; private set; }

    /// <summary>The number as printed, without "TOP" ("3", "3.1"); unknown in some excerpts.</summary>
    public string? Number { get; private set; }

    /// <summary>Position within the whole agenda; public items come first by convention but need not.</summary>
    public int Order { get; private set; }

    public bool IsPublic { get; private set; }

    public string Title { get; private set; }

    public int? PaperId { get; private set; }

    /// <summary>A short account of the deliberation in the team's own words.</summary>
    public string? Summary { get; private set; }

    /// <summary>The wording of the resolution (Beschluss).</summary>
    public string? ResolutionText { get; private set; }

    public VoteCounts? Votes { get; private set; }

    public DecisionOutcome? Outcome { get; private set; }

    /// <summary>The result as the source words it ("mehrheitlich beschlossen"), e.g. from a mirrored OParl system.</summary>
    public string? ResultText { get; private set; }

    public IReadOnlyList<Contribution> Contributions => _contributions;

    public void LinkPaper(int? paperId) => PaperId = paperId;

    public void SetSummary(string? summary) => Summary = Text.Clean(summary);

    public void SetResultText(string? resultText) => ResultText = Text.Clean(resultText);

    /// <summary>Moves the item to <paramref name="order"/> in the whole agenda, as a source system orders it.</summary>
    public Result MoveTo(int order)
    {
        if (order < 0)
        {
            return new ValidationError("agenda.order_negative", "An agenda position cannot be negative.", nameof(order));
        }

        Order = order;
        return Result.Success;
    }

    /// <summary>Records the decision. Counts, if given, must agree with the outcome (§ 50 GO NRW).</summary>
    public Result RecordDecision(string? resolutionText, DecisionOutcome? outcome, VoteCounts? votes)
    {
        if (outcome is { } result && !Enum.IsDefined(result))
        {
            return new ValidationError("decision.outcome_unknown", "Unknown decision outcome.", "outcome");
        }

        if (votes is not null && outcome is { } stated)
        {
            if (stated == DecisionOutcome.Unanimous && votes.No > 0)
            {
                return new ValidationError("decision.unanimous_with_no_votes", "A unanimous decision cannot have votes against.", "no");
            }

            if (stated.IsAdoption() && !votes.IsMajorityInFavour)
            {
                return new ValidationError("decision.adopted_without_majority", "An adopted motion needs more yes than no votes.", "yes");
            }

            if (stated == DecisionOutcome.Rejected && votes.IsMajorityInFavour)
            {
                return new ValidationError("decision.rejected_with_majority", "A motion with more yes than no votes is not rejected.", "yes");
            }
        }

        ResolutionText = Text.Clean(resolutionText);
        Outcome = outcome;
        Votes = votes;
        // Counts and outcome agree again, so an earlier override no longer explains anything.
        OutcomeOverrideReason = null;
        return Result.Success;
    }

    /// <summary>Removes a wrongly recorded speaker; kept as deleted, the others keep their order.</summary>
    public Result RemoveContribution(Contribution contribution)
    {
        if (!_contributions.Contains(contribution) || contribution.Deleted)
        {
            return new NotFoundError("contribution.not_found", "This agenda item has no such contribution.");
        }

        contribution.MarkDeleted();
        return Result.Success;
    }

    internal void Revise(string? number, string title)
    {
        Number = number;
        Title = title;
    }

    /// <summary>Adds a speaker in the order they spoke; the same person may speak several times.</summary>
    public Contribution AddContribution(int personId, string? note = null)
    {
        var contribution = new Contribution(Id, personId, _contributions.Count + 1, Text.Clean(note));
        _contributions.Add(contribution);
        return contribution;
    }
}
