using Ratsnetz.Council.Memberships;

namespace Ratsnetz.Web.Pages.Council.Members;

/// <summary>The seat form as posted; empty select values bind as null.</summary>
public sealed class MembershipInput
{
    public int PersonId { get; set; }

    public MembershipRole Role { get; set; } = MembershipRole.Member;

    /// <summary>"auto" (by role), "yes" or "no".</summary>
    public string Vote { get; set; } = "auto";

    public MembershipMandate? Mandate { get; set; }

    public int? OnBehalfOfId { get; set; }

    public int? DeputyOfMembershipId { get; set; }

    public string? Function { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public MembershipForm ToForm() => new(PersonId, Role, Vote switch { "yes" => true, "no" => false, _ => null },
        Mandate, OnBehalfOfId, DeputyOfMembershipId, Function, StartDate, EndDate);

    public static MembershipInput From(RosterLine line) => new()
    {
        PersonId = line.Person.Id,
        Role = line.Role,
        Vote = line.VotingRight ? "yes" : "no",
        Mandate = line.Mandate,
        OnBehalfOfId = line.OnBehalfOfId,
        DeputyOfMembershipId = line.DeputyOfMembershipId,
        Function = line.Function,
        StartDate = line.StartDate,
        EndDate = line.EndDate,
    };

    /// <summary>The id of the form control a Core error field refers to.</summary>
    public static string FieldId(string? field) => field switch
    {
        "role" or "votingRight" => "m-role",
        "mandate" => "m-mandate",
        "onBehalfOfId" => "m-list",
        "deputyOfMembershipId" => "m-deputy",
        "startDate" => "m-start",
        "endDate" => "m-end",
        "personId" => "m-person",
        // The deputy rules (only a deputy covers a seat, not their own, not another deputy's) name no field.
        _ => "m-deputy",
    };
}
