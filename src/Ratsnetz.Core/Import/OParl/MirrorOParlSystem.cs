using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Import.OParl;

/// <summary>Mirror the OParl system at <paramref name="SystemUrl"/> into this database.</summary>
public sealed record MirrorOParlSystem(string SystemUrl, IProgress<MirrorProgress>? Progress = null);

/// <summary>Reported after every page: which list, how many of its pages, and objects handled in the run so far.</summary>
public sealed record MirrorProgress(string Type, int Pages, int Objects);

/// <summary>
/// System → bodies → every list of each body, page by page (ADR 0008). Later runs ask every list only for objects
/// modified since the last complete run began (minus <see cref="SafetyMargin"/>); a stopped run resumes from the
/// cursors it left. Failures of single objects, pages or links are counted, never fatal; only an unreadable system
/// or body list is an error.
/// </summary>
public sealed partial class MirrorOParlSystemHandler(AppDbContext db, OParlClient client, TimeProvider clock, ILogger<MirrorOParlSystemHandler> logger)
{
    /// <summary>Covers clock skew between the servers and objects whose change committed after our run started.</summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromHours(1);

    /// <summary>The stand-in organization of meetings whose organization link is broken (one per body).</summary>
    public const string UnknownOrganizationName = "Gremium unbekannt (OParl-Verweis defekt)";

    /// <summary>A body's lists in the order that lets references resolve: what others point to comes first.</summary>
    private static readonly (string Field, string Type)[] BodyLists =
    [
        ("legislativeTermList", "LegislativeTerm"), ("locationList", "Location"), ("organization", "Organization"),
        ("person", "Person"), ("membership", "Membership"), ("meeting", "Meeting"), ("agendaItem", "AgendaItem"),
        ("paper", "Paper"), ("consultation", "Consultation"), ("file", "File"),
    ];

    public async Task<Result<MirrorSummary>> HandleAsync(MirrorOParlSystem request, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var system = await client.GetJsonAsync(request.SystemUrl, ct);
        if (system.Status != FetchStatus.Ok || system.Value.Field("body") is not { } bodyList)
        {
            return new NotFoundError("oparl.system_unreadable", $"Unter {request.SystemUrl} ist kein OParl-System lesbar ({system.Problem ?? "kein body-Verweis"}).");
        }

        var source = await StartRunAsync(request.SystemUrl, system.Value.Field("name"), ct);
        var resumed = source.Resumed;
        var tally = new MirrorTally();
        var session = new MirrorSession(db, client, source.Source, tally, logger);
        var walker = new ListWalker(db, client, session, source.Source, request.Progress, logger);

        var bodies = await walker.WalkAsync(bodyList, "Body", modifiedSince: null, useCursor: false, ct);
        if (bodies.Items.Count == 0 && !bodies.Complete)
        {
            return new NotFoundError("oparl.bodies_unreadable", $"Die Liste der Körperschaften ({bodyList}) ist nicht lesbar.");
        }

        var complete = bodies.Complete;
        foreach (var body in bodies.Items)
        {
            if (session.IdOf(body.Id()) is not { } bodyId)
            {
                continue;
            }

            session.EnterBody(body.Id()!, bodyId);
            foreach (var (field, type) in BodyLists)
            {
                if (body.Field(field) is { } listUrl)
                {
                    complete &= (await walker.WalkAsync(listUrl, type, source.Source.CurrentRunModifiedSince, useCursor: true, ct)).Complete;
                }
            }
        }

        source.Source.EndRun(clock.GetUtcNow().UtcDateTime, complete);
        db.Update(source.Source);
        await db.SaveChangesAsync(ct);
        await db.Set<OParlCursor>().Where(c => c.SourceId == source.Source.Id).ExecuteDeleteAsync(ct);
        LogRunEnded(tally.Objects, complete);
        return tally.Summarize(client.Requests, clock.GetElapsedTime(started), complete, resumed);
    }

    /// <summary>Continues a stopped run, or begins one that asks for changes since the last complete run.</summary>
    private async Task<(OParlSource Source, bool Resumed)> StartRunAsync(string systemUrl, string? name, CancellationToken ct)
    {
        var source = await db.Set<OParlSource>().FirstOrDefaultAsync(s => s.SystemUrl == systemUrl, ct);
        if (source is null)
        {
            source = new OParlSource(systemUrl);
            db.Add(source);
        }

        source.Rename(name is null ? null : name.Length > 300 ? name[..300] : name);
        var resumed = source.IsRunInProgress;
        if (!resumed)
        {
            source.BeginRun(clock.GetUtcNow().UtcDateTime, source.LastCompleteRunStartedAt - SafetyMargin);
        }

        await db.SaveChangesAsync(ct);
        if (!resumed)
        {
            await db.Set<OParlCursor>().Where(c => c.SourceId == source.Id).ExecuteDeleteAsync(ct);
        }

        db.ChangeTracker.Clear();
        return (source, resumed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OParl mirror run ended: {Objects} objects, complete: {Complete}")]
    private partial void LogRunEnded(int objects, bool complete);
}
