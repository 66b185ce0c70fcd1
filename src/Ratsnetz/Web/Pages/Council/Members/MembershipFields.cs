using Ratsnetz.Council.Memberships;

namespace Ratsnetz.Web.Pages.Council.Members;

/// <summary>The model of the seat fields partial, shared by the add and the edit form.</summary>
public sealed record MembershipFields(MembershipInput Input, MembershipRoster Roster, FormProblem? Problem, int? EditedMembershipId)
{
    public string? ErrorFor(string fieldId) => Problem?.FieldId == fieldId ? Problem.Message : null;

    /// <summary>Seats a deputy can cover: current voting seats other than the edited one.</summary>
    public IEnumerable<RosterLine> Seats => Roster.Lines.Where(l => l.MembershipId != EditedMembershipId
        && l.Role is MembershipRole.Chair or MembershipRole.DeputyChair or MembershipRole.Member && l.VotingRight);
}
