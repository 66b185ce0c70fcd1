using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;

namespace Ratsnetz.Data.DemoData;

/// <summary>
/// The entities created for one body, by the keys the data files use. A key that is unknown or used twice is an
/// error in the data files and stops the seed.
/// </summary>
internal sealed class BodyRecords(Body body)
{
    private readonly Dictionary<string, Organization> _organizations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Location> _locations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Paper> _papers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Meeting> _meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgendaItem> _agendaItems = new(StringComparer.Ordinal);
    private readonly List<Membership> _memberships = [];
    private readonly List<(Paper Paper, Meeting Meeting, AgendaItem Item)> _papersOnAgenda = [];

    public Body Body => body;

    public int BodyId => body.Id;

    /// <summary>Papers linked to agenda items; each is also recorded as a consultation once the ids exist.</summary>
    public IReadOnlyList<(Paper Paper, Meeting Meeting, AgendaItem Item)> PapersOnAgenda => _papersOnAgenda;

    public void Add(string key, Organization organization) => AddUnique(_organizations, key, organization, "organization");

    public void Add(string key, Person person) => AddUnique(_people, key, person, "person");

    public void Add(string key, Location location) => AddUnique(_locations, key, location, "location");

    public void Add(string key, Paper paper) => AddUnique(_papers, key, paper, "paper");

    public void Add(string key, Meeting meeting) => AddUnique(_meetings, key, meeting, "meeting");

    public void Add(string key, AgendaItem item) => AddUnique(_agendaItems, key, item, "agenda item");

    public void Add(Membership membership) => _memberships.Add(membership);

    public void AddPaperOnAgenda(Paper paper, Meeting meeting, AgendaItem item) => _papersOnAgenda.Add((paper, meeting, item));

    public Organization Organization(string key) => Find(_organizations, key, "organization");

    public Person Person(string key) => Find(_people, key, "person");

    public Location Location(string key) => Find(_locations, key, "location");

    public Paper Paper(string key) => Find(_papers, key, "paper");

    public Meeting Meeting(string key) => Find(_meetings, key, "meeting");

    public AgendaItem AgendaItem(string key) => Find(_agendaItems, key, "agenda item");

    /// <summary>The voting seat <paramref name="personKey"/> holds in <paramref name="organization"/>, for a deputy to cover.</summary>
    public Membership Seat(string personKey, Organization organization)
    {
        var person = Person(personKey);
        return _memberships.FirstOrDefault(m => m.PersonId == person.Id && m.OrganizationId == organization.Id
                && m.Role != MembershipRole.DeputyMember && !m.Role.IsNonVoting())
            ?? throw new InvalidDataException($"{body.ShortName}: '{personKey}' holds no seat in '{organization.Name}' (list the seat before its deputy).");
    }

    private T Find<T>(Dictionary<string, T> map, string key, string kind) =>
        map.TryGetValue(key, out var value)
            ? value
            : throw new InvalidDataException($"{body.ShortName}: unknown {kind} '{key}' in the demo data.");

    private void AddUnique<T>(Dictionary<string, T> map, string key, T value, string kind)
    {
        if (!map.TryAdd(key, value))
        {
            throw new InvalidDataException($"{body.ShortName}: the {kind} key '{key}' is used twice in the demo data.");
        }
    }
}
