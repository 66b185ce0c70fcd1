namespace Ratsnetz.Bench;

/// <summary>
/// Fast row loading for <c>bench generate</c>, implemented once per provider (SQLite: prepared inserts in one
/// transaction; PostgreSQL: binary COPY). EF Core would need hours for a million papers; these take minutes.
/// Ids are written explicitly, so the database must hold no council data yet.
/// </summary>
public interface IBenchBulkWriter : IAsyncDisposable
{
    /// <summary>Whether any table the generator fills already holds rows (the generator refuses to mix data).</summary>
    Task<bool> HoldsCouncilDataAsync(CancellationToken cancellationToken);

    /// <summary>Starts writing one table; tables are written one after the other in <see cref="BenchTables.InLoadOrder"/>.</summary>
    Task<IBenchRowWriter> BeginTableAsync(BenchTable table, CancellationToken cancellationToken);

    /// <summary>Makes everything durable and visible, moves id sequences past the written ids and updates planner statistics.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Writes the rows of one table: one call per column in <see cref="BenchTable.Columns"/> order, then
/// <see cref="EndRow"/>. Synchronous per row on purpose: millions of rows, no awaits in the hot loop.
/// </summary>
public interface IBenchRowWriter : IAsyncDisposable
{
    void Number(int? value);

    void BigNumber(long value);

    void Text(string? value);

    void Bool(bool? value);

    void Date(DateOnly? value);

    void Time(TimeOnly? value);

    /// <summary>A UTC instant.</summary>
    void Timestamp(DateTime? value);

    void Bytes(byte[] value);

    void EndRow();

    Task CompleteAsync(CancellationToken cancellationToken);
}
