using Ratsnetz.Common;
using Ratsnetz.Council.Sessions;

namespace Ratsnetz.Council.AgendaItems;

/// <summary>What the Sitzungsdienst records on an item during the meeting: bias declarations and the vote.</summary>
public sealed partial class AgendaItem
{
    private readonly List<BiasDeclaration> _biasDeclarations = [];
    private readonly List<RollCallBallot> _ballots = [];

    /// <summary>How the vote was taken; null when no vote was recorded here (e.g. an imported decision).</summary>
    public VoteMode? VoteMode { get; private set; }

    /// <summary>
    /// Why the outcome differs from the one § 50 derives from the counts (e.g. a qualified majority was required);
    /// null when the outcome is the derived one.
    /// </summary>
    public string? OutcomeOverrideReason { get; private set; }

    /// <summary>Why the item was added as urgent (Dringlichkeit) after the invitation went out; null otherwise.</summary>
    public string? UrgencyReason { get; private set; }

    /// <summary>Set on items that came from the organization's template; closing items stay at the end of their part.</summary>
    public StandardPlacement? StandardPlacement { get; private set; }

    public IReadOnlyList<BiasDeclaration> BiasDeclarations => _biasDeclarations;

    public IReadOnlyList<RollCallBallot> Ballots => _ballots;

    internal void MarkUrgent(string reason) => UrgencyReason = reason;

    internal void MarkStandard(StandardPlacement placement) => StandardPlacement = placement;

    internal void Renumber(string? number, int order)
    {
        Number = number;
        Order = order;
    }

    public IReadOnlySet<int> BiasedPersonIds() =>
        _biasDeclarations.Where(b => !b.Deleted).Select(b => b.PersonId).ToHashSet();

    /// <summary>A member declares bias. Someone who already cast a roll-call ballot must have it struck first.</summary>
    public Result<BiasDeclaration> DeclareBias(int personId, string? note)
    {
        if (_biasDeclarations.Any(b => !b.Deleted && b.PersonId == personId))
        {
            return new ConflictError("bias.already_declared", "This person has already declared bias on the item.");
        }

        if (_ballots.Any(b => !b.Deleted && b.PersonId == personId))
        {
            return new ConflictError("bias.already_voted", "This person has voted on the item; strike the ballot before declaring bias.");
        }

        var declaration = new BiasDeclaration(Id, personId, Text.Clean(note));
        _biasDeclarations.Add(declaration);
        return declaration;
    }

    public Result<BiasDeclaration> WithdrawBias(int personId)
    {
        var declaration = _biasDeclarations.FirstOrDefault(b => !b.Deleted && b.PersonId == personId);
        if (declaration is null)
        {
            return new NotFoundError("bias.not_found", "This person has not declared bias on the item.");
        }

        declaration.MarkDeleted();
        return declaration;
    }

    /// <summary>
    /// Stores a vote the meeting has checked (<see cref="Meetings.Meeting.RecordVote"/>): mode, counts, outcome,
    /// resolution and, for a roll call, the ballots by name. Ballots of earlier roll calls are corrected in place or
    /// struck; a count or secret vote keeps no names.
    /// </summary>
    internal void ApplyVote(VoteMode mode, VoteCounts counts, DecisionOutcome outcome, string? overrideReason, string? resolutionText, IReadOnlyList<RollCallEntry> ballots)
    {
        var byPerson = ballots.ToDictionary(b => b.PersonId, b => b.Ballot);
        foreach (var ballot in _ballots.Where(b => !b.Deleted))
        {
            if (byPerson.Remove(ballot.PersonId, out var value))
            {
                ballot.Change(value);
            }
            else
            {
                ballot.MarkDeleted();
            }
        }

        foreach (var (personId, value) in byPerson)
        {
            _ballots.Add(new RollCallBallot(Id, personId, value));
        }

        VoteMode = mode;
        Votes = counts;
        Outcome = outcome;
        OutcomeOverrideReason = overrideReason;
        ResolutionText = Text.Clean(resolutionText);
    }
}

/// <summary>One line of a roll call as the form sends it.</summary>
public sealed record RollCallEntry(int PersonId, Ballot Ballot);
