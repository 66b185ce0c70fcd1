using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Ratsnetz.Data;

namespace Ratsnetz.OParl;

/// <summary>What every resource needs while answering one request.</summary>
internal sealed record OParlContext(AppDbContext Db, OParlJsonWriter Writer, bool OmitInternal)
{
    public OParlUrls Urls => Writer.Urls;

    /// <summary>
    /// Whether objects come from their stored documents (ADR 0011). Not with <c>omit_internal</c>: those answers leave
    /// embedded objects out, so they differ from the stored ones and are written directly.
    /// </summary>
    public bool UseStoredDocuments { get; init; }

    public ILogger Logger { get; init; } = NullLogger.Instance;
}
