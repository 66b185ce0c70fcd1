namespace Ratsnetz.Bench;

/// <summary>Counts written rows and reports every few thousand, so progress costs nothing in the hot loop.</summary>
internal sealed class BenchRowCounter(IBenchRowWriter writer, Action<long> report)
{
    private const int ReportEvery = 8_192;

    public IBenchRowWriter Writer { get; } = writer;

    public long Rows { get; private set; }

    public void EndRow()
    {
        Writer.EndRow();
        if (++Rows % ReportEvery == 0)
        {
            report(Rows);
        }
    }

    /// <summary>The three columns every council table ends with (see <see cref="Common.Entity"/>).</summary>
    public void Stamps(DateTime created, DateTime modified, bool deleted)
    {
        Writer.Timestamp(created);
        Writer.Timestamp(modified);
        Writer.Bool(deleted);
        EndRow();
    }
}
