namespace Ratsnetz.Import.OParl;

/// <summary>
/// Which local record a remote OParl object became, so that later runs update it in place. A link without an
/// entity records an object that was deleted before it was ever mirrored.
/// </summary>
public sealed class OParlLink
{
    private OParlLink()
    {
        RemoteUrl = string.Empty;
        ObjectType = string.Empty;
        ContentHash = string.Empty;
    }

    public OParlLink(int sourceId, string remoteUrl, string objectType)
    {
        SourceId = sourceId;
        RemoteUrl = remoteUrl;
        ObjectType = objectType;
        ContentHash = string.Empty;
    }

    public long Id { get; private set; }

    public int SourceId { get; private set; }

    /// <summary>The object's OParl id (its URL).</summary>
    public string RemoteUrl { get; private set; }

    /// <summary>OParl type name without the schema prefix: Meeting, Paper, …</summary>
    public string ObjectType { get; private set; }

    public int? EntityId { get; private set; }

    /// <summary>The remote <c>modified</c>, when the server gives one.</summary>
    public DateTime? RemoteModified { get; private set; }

    /// <summary>Hash of the object's own fields (embedded objects by id only); equal means nothing to apply.</summary>
    public string ContentHash { get; private set; }

    public void Record(int? entityId, string contentHash, DateTime? remoteModified)
    {
        EntityId = entityId;
        ContentHash = contentHash;
        RemoteModified = remoteModified;
    }
}
