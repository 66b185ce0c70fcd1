namespace Ratsnetz.Import.OParl;

/// <summary>The OParl types the mirror maps, each onto its entity.</summary>
internal static class RemoteMappers
{
    public static readonly IReadOnlyList<RemoteMapper> All =
    [
        new BodyMapper(), new LegislativeTermMapper(), new LocationMapper(), new OrganizationMapper(), new PersonMapper(),
        new MembershipMapper(), new MeetingMapper(), new AgendaItemMapper(), new PaperMapper(), new ConsultationMapper(),
        new FileMapper(),
    ];
}
