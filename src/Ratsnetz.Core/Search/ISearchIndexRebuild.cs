namespace Ratsnetz.Search;

/// <summary>
/// A rebuild of the whole index, written in bulk by the engine (ADR 0018): the engine empties the index when the
/// rebuild begins, takes documents batch by batch on a connection of its own, and completes its index structures at
/// the end — on PostgreSQL the indexes are built once after the load instead of row by row. Disposing without
/// <see cref="CompleteAsync"/> abandons the rebuild.
/// </summary>
public interface ISearchIndexRebuild : IAsyncDisposable
{
    /// <summary>Writes the documents (new ids are assigned by the engine).</summary>
    Task WriteAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Builds what was left for the end and makes the new index visible.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
