namespace Ratsnetz.Common;

/// <summary>
/// Base of every stored council object. <see cref="Created"/> and <see cref="Modified"/> are UTC instants set by
/// the DbContext on save; OParl requires both on every object. Deleted objects are kept with
/// <see cref="Deleted"/> set so that synchronising clients learn about the deletion.
/// </summary>
public abstract class Entity
{
    public int Id { get; private set; }

    public DateTime Created { get; internal set; }

    public DateTime Modified { get; internal set; }

    public bool Deleted { get; private set; }

    public void MarkDeleted() => Deleted = true;
}
