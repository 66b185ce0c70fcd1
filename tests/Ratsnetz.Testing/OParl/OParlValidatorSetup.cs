namespace Ratsnetz.Testing.OParl;

/// <summary>
/// What the schema validator needs on this machine: node on the PATH, the npm packages installed by
/// <c>npm ci</c> in tests/oparl-validator (CI does it), and the official schemas in ../shared.
/// </summary>
public sealed record OParlValidatorSetup(string Node, string ValidatorDirectory, string SchemaDirectory)
{
    public const string RequiredVariable = "RATSNETZ_TEST_OPARL_VALIDATOR";

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "required";

    public static OParlValidatorSetup? Find(out string reason)
    {
        var validator = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "oparl-validator");
        if (TestEnvironment.SharedDirectory is not { } shared
            || !Directory.Exists(Path.Combine(shared, "oparl-schema", "json-schema-draft-07-branch")))
        {
            reason = "OParl conformance skipped: ../shared/oparl-schema/json-schema-draft-07-branch (the official schemas) is not beside this clone.";
            return null;
        }

        if (FindOnPath("node") is not { } node)
        {
            reason = "OParl conformance skipped: node is not installed (Debian: apt-get install nodejs npm).";
            return null;
        }

        if (!File.Exists(Path.Combine(validator, "node_modules", "ajv", "package.json"))
            || !File.Exists(Path.Combine(validator, "node_modules", "ajv-formats", "package.json")))
        {
            reason = "OParl conformance skipped: ajv is not installed; run `cd tests/oparl-validator && npm ci` (CI does).";
            return null;
        }

        reason = string.Empty;
        return new OParlValidatorSetup(node, validator, Path.Combine(shared, "oparl-schema", "json-schema-draft-07-branch"));
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
