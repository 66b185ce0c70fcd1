using Ratsnetz.Data;

namespace Ratsnetz.OParl;

/// <summary>What every resource needs while answering one request.</summary>
internal sealed record OParlContext(AppDbContext Db, OParlJsonWriter Writer, bool OmitInternal)
{
    public OParlUrls Urls => Writer.Urls;
}
