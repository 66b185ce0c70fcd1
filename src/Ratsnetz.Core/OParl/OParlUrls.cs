namespace Ratsnetz.OParl;

/// <summary>
/// Builds the URLs that are the ids of OParl objects. The base (scheme, host, path base) comes from the front door,
/// so the same database answers correctly behind any host name.
/// </summary>
public sealed class OParlUrls(string baseUrl)
{
    public const string Root = "/oparl/v1";

    private readonly string _api = baseUrl.TrimEnd('/') + Root;
    private readonly string _portal = baseUrl.TrimEnd('/');

    /// <summary>Scheme, host and path base without a trailing slash.</summary>
    public string Base => _portal;

    public string System => _api + "/system";

    public string Bodies => _api + "/bodies";

    public string Of(string segment, int id) => $"{_api}/{segment}/{id}";

    public string BodyList(int bodyId, string segment) => $"{_api}/bodies/{bodyId}/{segment}";

    public string FileAccess(int fileId) => $"{_api}/files/{fileId}/access";

    public string FileDownload(int fileId) => $"{_api}/files/{fileId}/download";

    /// <summary>The portal page showing the same object to people (OParl's <c>web</c>).</summary>
    public string Web(string path) => _portal + path;
}
