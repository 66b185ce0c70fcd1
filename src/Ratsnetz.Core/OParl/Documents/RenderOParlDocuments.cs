using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Documents;

/// <summary>Progress of <see cref="RenderOParlDocumentsHandler"/>: the list being rendered and how far it is.</summary>
public sealed record OParlRenderProgress(string Segment, int Objects);

/// <summary>Per list: live public objects, documents rendered now (they were missing or outdated), and stored
/// documents that differed from a fresh rendering (only with verify; should be none).</summary>
public sealed record OParlRenderCount(string Segment, int Objects, int Rendered, int Outdated, IReadOnlyList<int> OutdatedSample);

public sealed record OParlRenderSummary(IReadOnlyList<OParlRenderCount> Lists, TimeSpan Elapsed)
{
    public int Outdated => Lists.Sum(l => l.Outdated);
}

/// <summary>
/// <c>ratsnetz oparl render [--verify]</c>: renders and stores every missing or outdated OParl document ahead of the
/// first request (after a bulk load, a restore, or a change of <see cref="OParlDocumentFormat.Current"/>). With verify it
/// also renders every stored document anew and reports those that differ: a change that did not mark its documents
/// outdated, i.e. a missing rule in <see cref="OParlDocumentDependencies"/>. Outdated ones are then stored anew.
/// </summary>
public sealed partial class RenderOParlDocumentsHandler(AppDbContext db, ILogger<RenderOParlDocumentsHandler> logger)
{
    private const int BatchSize = 500;

    public async Task<OParlRenderSummary> HandleAsync(bool verify, IProgress<OParlRenderProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var lists = new List<OParlRenderCount>();
        using var writer = new OParlJsonWriter(OParlDocumentFormat.MarkerUrls);
        var context = new OParlContext(db, writer, OmitInternal: false) { UseStoredDocuments = true, Logger = logger };
        foreach (var resource in OParlApi.All)
        {
            int objects = 0, rendered = 0;
            var outdated = new List<int>();
            var after = 0;
            while (true)
            {
                var batch = await resource.RenderBatchAsync(context, after, BatchSize, verify, cancellationToken);
                if (batch.LastId is not { } last)
                {
                    break;
                }

                objects += batch.Objects;
                rendered += batch.Rendered;
                outdated.AddRange(batch.Outdated);
                after = last;
                progress?.Report(new OParlRenderProgress(resource.Segment, objects));
            }

            if (outdated.Count > 0)
            {
                LogOutdated(logger, outdated.Count, resource.Segment);
            }

            lists.Add(new OParlRenderCount(resource.Segment, objects, rendered, outdated.Count, outdated.Take(10).ToList()));
        }

        return new OParlRenderSummary(lists, watch.Elapsed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} stored OParl documents of {Segment} differed from a fresh rendering")]
    private static partial void LogOutdated(ILogger logger, int count, string segment);
}
