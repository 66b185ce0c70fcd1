using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Web.Pages.Shared;

/// <summary>A table of meetings with its caption; <paramref name="Id"/> labels the scrollable region.</summary>
public sealed record MeetingTable(string Id, string Caption, IReadOnlyList<MeetingSummary> Meetings, bool ShowOrganization = true);

/// <summary>A list of documents; <paramref name="ShowConfidentialMarker"/> marks non-public ones for viewers who may see them.</summary>
public sealed record FileList(IReadOnlyList<FileSummary> Files, bool ShowConfidentialMarker = true);
