using Ratsnetz.Common;

namespace Ratsnetz.Import.OParl;

/// <summary>The record a remote object became, or why it could not become one.</summary>
internal readonly record struct Applied(Entity? Entity, string? Problem)
{
    public static Applied Fail(string problem) => new(null, problem);

    public static implicit operator Applied(Entity entity) => new(entity, null);
}

/// <summary>
/// Maps one OParl type onto its entity through the entity's factory and rule methods. <see cref="Rank"/> orders the
/// types within a page so that everything an object refers to has an id before it is applied.
/// </summary>
internal abstract class RemoteMapper
{
    public abstract string Type { get; }

    public abstract int Rank { get; }

    public abstract System.Type EntityType { get; }

    /// <summary>Linked objects this one needs, with their types; unknown ones are fetched before the page is applied.</summary>
    public virtual IEnumerable<(string Url, string Type)> References(RemoteObject remote) => [];

    /// <summary>Creates (when <paramref name="existingId"/> is null) or updates the record; new records are added to the context.</summary>
    public abstract Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct);

    /// <summary>The parent's URL when embedded in a <paramref name="parentType"/>, else the named reference field.</summary>
    protected static string? ParentOrReference(RemoteObject remote, string parentType, string field) =>
        remote.Parent is { } parent && parent.Type == parentType ? parent.Url : remote.Json.Reference(field);

    /// <summary>Cuts text to a column's length; remote systems know no such limits.</summary>
    protected static string? Fit(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
