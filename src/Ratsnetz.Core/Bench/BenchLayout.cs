using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Bench;

/// <summary>
/// The skeleton of a generated data set in compact arrays (index = id − 1): which organization holds which meeting
/// on which day, which agenda item deals with which paper, how consultations link them. Built once, before any row
/// is written, so every table can be written in one pass in foreign-key order and stay consistent with the others.
/// Names and texts are not kept here; each row draws them from its own random stream when it is written.
/// </summary>
internal sealed partial class BenchLayout
{
    private BenchLayout(BenchPlan plan)
    {
        Plan = plan;
        Bodies = new BenchBodyLayout[plan.Bodies.Count];
        OrgBody = new int[plan.Organizations];
        OrgKind = new OrganizationKind[plan.Organizations];
        OrgName = new short[plan.Organizations];
        OrgStart = new int[plan.Organizations];
        OrgEnd = new int[plan.Organizations];
        OrgSeats = new int[plan.Organizations];
        PersonBody = new int[plan.People];
        PersonFaction = new int[plan.People];
        PersonDeleted = new bool[plan.People];
        MeetingOrg = new int[plan.Meetings];
        MeetingDay = new int[plan.Meetings];
        MeetingState = new byte[plan.Meetings];
        MeetingSession = new int[plan.Meetings];
        MeetingLocation = new int[plan.Meetings];
        MeetingDeleted = new bool[plan.Meetings];
        MeetingFirstItem = new int[plan.Meetings];
        MeetingItems = new byte[plan.Meetings];
        MeetingNonPublic = new byte[plan.Meetings];
        PaperBody = new int[plan.Papers];
        PaperDay = new int[plan.Papers];
        PaperType = new byte[plan.Papers];
        PaperPublic = new bool[plan.Papers];
        PaperDeleted = new bool[plan.Papers];
        PaperNumber = new int[plan.Papers];
        PaperFirstConsultation = new int[plan.Papers];
        PaperConsultations = new byte[plan.Papers];
        ConsultationPaper = new int[plan.Papers * 2];
        ConsultationOrg = new int[plan.Papers * 2];
        ConsultationMeeting = new int[plan.Papers * 2];
        ConsultationItem = new int[plan.Papers * 2];
    }

    public BenchPlan Plan { get; }

    public int Seed => Plan.Seed;

    public BenchBodyLayout[] Bodies { get; }

    public int[] OrgBody { get; }

    public OrganizationKind[] OrgKind { get; }

    /// <summary>Index into the kind's name list (factions, committees, working groups) or the district number.</summary>
    public short[] OrgName { get; }

    public int[] OrgStart { get; }

    /// <summary>Day number of dissolution, or 0 for organizations still in existence.</summary>
    public int[] OrgEnd { get; }

    public int[] OrgSeats { get; }

    public int[] PersonBody { get; }

    /// <summary>Organization id of the person's faction, or the administration for staff.</summary>
    public int[] PersonFaction { get; }

    public bool[] PersonDeleted { get; }

    public int[] MeetingOrg { get; }

    public int[] MeetingDay { get; }

    public byte[] MeetingState { get; }

    public int[] MeetingSession { get; }

    public int[] MeetingLocation { get; }

    public bool[] MeetingDeleted { get; }

    /// <summary>Index of the meeting's first agenda item; items of a meeting are contiguous.</summary>
    public int[] MeetingFirstItem { get; }

    public byte[] MeetingItems { get; }

    /// <summary>How many of the meeting's last items form the non-public part.</summary>
    public byte[] MeetingNonPublic { get; }

    /// <summary>Paper id an agenda item deals with, or 0.</summary>
    public int[] ItemPaper { get; private set; } = [];

    public int ItemCount { get; private set; }

    public int[] PaperBody { get; }

    public int[] PaperDay { get; }

    public byte[] PaperType { get; }

    public bool[] PaperPublic { get; }

    public bool[] PaperDeleted { get; }

    /// <summary>Running number within the body and year, as in the reference "123/2019".</summary>
    public int[] PaperNumber { get; }

    public int[] PaperFirstConsultation { get; }

    public byte[] PaperConsultations { get; }

    public int ConsultationCount { get; private set; }

    public int[] ConsultationPaper { get; }

    public int[] ConsultationOrg { get; }

    /// <summary>Meeting id, or 0 for a consultation not yet scheduled.</summary>
    public int[] ConsultationMeeting { get; }

    /// <summary>Agenda item id, or 0.</summary>
    public int[] ConsultationItem { get; }

    public static BenchLayout Build(BenchPlan plan)
    {
        var layout = new BenchLayout(plan);
        var firstOrg = 0;
        var firstPerson = 0;
        var firstMeeting = 0;
        var firstPaper = 0;
        var firstLocation = 0;
        for (var b = 0; b < plan.Bodies.Count; b++)
        {
            var body = plan.Bodies[b];
            layout.Bodies[b] = new BenchBodyLayout(b + 1, firstOrg, body.Organizations, firstPerson, body.People, firstMeeting, body.Meetings,
                firstPaper, body.Papers, firstLocation, body.Locations, (b * BenchCalendar.Terms.Length) + 1);
            firstOrg += body.Organizations;
            firstPerson += body.People;
            firstMeeting += body.Meetings;
            firstPaper += body.Papers;
            firstLocation += body.Locations;
        }

        foreach (var body in layout.Bodies)
        {
            layout.PlaceOrganizations(body);
            layout.PlacePeople(body);
        }

        layout.ItemPaper = new int[layout.PlaceMeetings()];
        foreach (var body in layout.Bodies)
        {
            layout.PlacePapers(body);
        }

        return layout;
    }

    public bool OrgActiveOn(int orgIndex, int day) => OrgStart[orgIndex] <= day && (OrgEnd[orgIndex] == 0 || day <= OrgEnd[orgIndex]);

    public int BodyOfMeeting(int meetingIndex) => OrgBody[MeetingOrg[meetingIndex] - 1];
}

/// <summary>Where one body's objects sit in the global arrays (first index and count per kind).</summary>
internal sealed record BenchBodyLayout(
    int Id,
    int FirstOrg,
    int Orgs,
    int FirstPerson,
    int People,
    int FirstMeeting,
    int Meetings,
    int FirstPaper,
    int Papers,
    int FirstLocation,
    int Locations,
    int FirstTermId)
{
    public const int Council = 0;
    public const int IntegrationCouncil = 1;
    public const int Administration = 2;
    public const int FirstFaction = 3;

    public int Factions { get; set; }

    public int CouncilId => FirstOrg + Council + 1;

    public int AdministrationId => FirstOrg + Administration + 1;

    /// <summary>Committees and working groups follow the factions.</summary>
    public int FirstCommittee => FirstFaction + Factions;
}
