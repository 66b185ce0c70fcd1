namespace Ratsnetz.Import.OParl;

/// <summary>
/// A remote OParl system mirrored into this database, with what incremental and resumed runs need to know: when the
/// last complete run started (the next run asks for changes since then) and the run in progress, if one stopped.
/// </summary>
public sealed class OParlSource
{
    private OParlSource()
    {
        SystemUrl = string.Empty;
    }

    public OParlSource(string systemUrl)
    {
        SystemUrl = systemUrl;
    }

    public int Id { get; private set; }

    /// <summary>The entry point as given to <c>ratsnetz oparl import</c>; it identifies the source.</summary>
    public string SystemUrl { get; private set; }

    public string? Name { get; private set; }

    /// <summary>Start of the last run that walked every list to its end; changes before it are on record.</summary>
    public DateTime? LastCompleteRunStartedAt { get; private set; }

    /// <summary>Start of the run in progress; set while a run has unfinished lists (it was stopped).</summary>
    public DateTime? CurrentRunStartedAt { get; private set; }

    /// <summary>The <c>modified_since</c> the run in progress asks every list for, kept so a resumed run asks the same.</summary>
    public DateTime? CurrentRunModifiedSince { get; private set; }

    public DateTime? LastRunEndedAt { get; private set; }

    public bool IsRunInProgress => CurrentRunStartedAt is not null;

    public void Rename(string? name) => Name = name;

    public void BeginRun(DateTime startedAt, DateTime? modifiedSince)
    {
        CurrentRunStartedAt = startedAt;
        CurrentRunModifiedSince = modifiedSince;
    }

    /// <summary>Ends the run; only a complete run moves the point later runs ask changes from.</summary>
    public void EndRun(DateTime endedAt, bool complete)
    {
        if (complete)
        {
            LastCompleteRunStartedAt = CurrentRunStartedAt;
        }

        CurrentRunStartedAt = null;
        CurrentRunModifiedSince = null;
        LastRunEndedAt = endedAt;
    }
}
