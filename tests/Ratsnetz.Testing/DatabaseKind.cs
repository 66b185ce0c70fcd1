namespace Ratsnetz.Testing;

/// <summary>The two database engines every integration test runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>Theory data: each test runs once per engine; PostgreSQL cases skip without a server.</summary>
public sealed class DatabaseKinds : Xunit.TheoryData<DatabaseKind>
{
    public DatabaseKinds()
    {
        Add(DatabaseKind.Sqlite);
        Add(DatabaseKind.Postgres);
    }
}
