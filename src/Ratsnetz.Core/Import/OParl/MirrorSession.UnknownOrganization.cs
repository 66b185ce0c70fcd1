using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Import.OParl;

internal sealed partial class MirrorSession
{
    /// <summary>
    /// The body's stand-in organization for meetings whose organization cannot be read: losing the meeting would
    /// hide its agenda and papers, while the stand-in keeps them and says what is missing. Recorded as a link with a
    /// synthetic URL (body URL + fragment), so every run finds the same one.
    /// </summary>
    public async Task<int> UnknownOrganizationIdAsync(CancellationToken ct)
    {
        var url = BodyUrl + "#unknown-organization";
        await LoadLinksAsync([url], ct);
        if (IdOf(url) is { } known)
        {
            return known;
        }

        var organization = Organization.Create(BodyId, MirrorOParlSystemHandler.UnknownOrganizationName, OrganizationKind.Other).Value;
        db.Add(organization);
        await db.SaveChangesAsync(ct);
        var link = new OParlLink(source.Id, url, "Organization");
        link.Record(organization.Id, string.Empty, null);
        db.Add(link);
        await db.SaveChangesAsync(ct);
        _links[url] = link;
        return organization.Id;
    }
}
