using Ratsnetz.Council.Sessions;

namespace Ratsnetz.Web.Pages.Council.Sessions;

/// <summary>The paper picker of an agenda form: its element id, the choices and the selected paper id (as posted or stored).</summary>
public sealed record PaperSelect(string Id, IReadOnlyList<SheetPaper> Papers, string? Selected);

/// <summary>Where the staff links go: a meeting's pages, or (without a meeting) the organization's planning.</summary>
public sealed record StaffLinks(int OrganizationId, int? MeetingId);
