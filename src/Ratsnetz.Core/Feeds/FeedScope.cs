namespace Ratsnetz.Feeds;

/// <summary>Whose items a feed follows: everything public, one organization (Gremium) or one person.</summary>
public enum FeedScopeKind
{
    All = 1,
    Organization = 2,
    Person = 3,
}

public sealed record FeedScope(FeedScopeKind Kind, int? Id = null)
{
    public static FeedScope All { get; } = new(FeedScopeKind.All);

    public static FeedScope Organization(int id) => new(FeedScopeKind.Organization, id);

    public static FeedScope Person(int id) => new(FeedScopeKind.Person, id);
}
