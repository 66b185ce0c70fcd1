using Xunit;

namespace Ratsnetz.Testing;

/// <summary>What the machine running the tests offers: a PostgreSQL server, ../shared, a browser.</summary>
public static class TestEnvironment
{
    public const string PostgresVariable = "RATSNETZ_TEST_POSTGRES";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The team's shared material beside the clone; absent in a user's clone.</summary>
    public static string? SharedDirectory =>
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared")) is var path && Directory.Exists(path) ? path : null;

    public static string? SeedDocuments =>
        SharedDirectory is { } shared && Directory.Exists(Path.Combine(shared, "seeds")) ? Path.Combine(shared, "seeds") : null;

    public static void SkipUnlessAvailable(DatabaseKind kind)
    {
        if (kind == DatabaseKind.Postgres && PostgresConnectionString is null)
        {
            Assert.Skip($"PostgreSQL test skipped: set {PostgresVariable} to a connection string of a user who may create databases (CI does).");
        }
    }

    /// <summary>The seed documents, or the test is skipped with the reason.</summary>
    public static string RequireSeedDocuments()
    {
        if (SeedDocuments is { } seeds)
        {
            return seeds;
        }

        Assert.Skip("Skipped: ../shared/seeds is not beside this clone (the team's shared material).");
        throw new InvalidOperationException("unreachable: Assert.Skip throws");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ratsnetz.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Tests must run inside the repository (Ratsnetz.slnx not found above the test binaries).");
    }
}
