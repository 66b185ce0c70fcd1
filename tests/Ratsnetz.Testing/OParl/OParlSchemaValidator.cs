using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratsnetz.Testing.OParl;

/// <summary>One schema error of one object, as ajv reports it (JSON pointer into the object and message).</summary>
public sealed record SchemaError(string Path, string Message);

/// <summary>
/// The official OParl 1.1 draft-07 schemas, checked by ajv in one long-running node process
/// (tests/oparl-validator/validate.mjs): starting node per object would cost more than the whole crawl.
/// Objects go to it as JSON lines; answers come back in the same order.
/// </summary>
public sealed class OParlSchemaValidator : IAsyncDisposable
{
    private readonly Process _node;
    private readonly SemaphoreSlim _turn = new(1, 1);

    private OParlSchemaValidator(
        Process node,
        IReadOnlyDictionary<string, IReadOnlySet<string>> properties,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> lists)
    {
        _node = node;
        Properties = properties;
        Lists = lists;
    }

    /// <summary>The property names each schema defines, by short type name ("Body").</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Properties { get; }

    /// <summary>Per type, the properties that link to an external (paged) list, with the type of its items.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Lists { get; }

    /// <summary>
    /// Starts the validator, or skips the test with the reason when node, ajv or the schemas are missing (fails
    /// instead where the validator is required, as in CI, so a broken npm install cannot pass as a skip).
    /// </summary>
    public static async Task<OParlSchemaValidator> StartOrSkipAsync()
    {
        var setup = OParlValidatorSetup.Find(out var reason);
        if (setup is null && OParlValidatorSetup.Required)
        {
            Assert.Fail(reason.Replace("skipped", "cannot run", StringComparison.Ordinal) + $" ({OParlValidatorSetup.RequiredVariable}=required)");
        }

        if (setup is null)
        {
            Assert.Skip(reason);
        }

        var start = new ProcessStartInfo(setup.Node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = setup.ValidatorDirectory,
        };
        start.ArgumentList.Add(Path.Combine(setup.ValidatorDirectory, "validate.mjs"));
        start.ArgumentList.Add(setup.SchemaDirectory);
        var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var first = await node.StandardOutput.ReadLineAsync();
        var ready = first is null ? null : JsonNode.Parse(first);
        if (ready?["ready"]?.GetValue<bool>() != true)
        {
            var error = await node.StandardError.ReadToEndAsync();
            node.Kill();
            node.Dispose();
            throw new InvalidOperationException($"The OParl validator did not start: {first} {error}");
        }

        // stderr is drained so that a chatty node never blocks on a full pipe.
        _ = node.StandardError.ReadToEndAsync();
        var properties = ready["properties"]!.AsObject().ToDictionary(
            p => p.Key,
            p => (IReadOnlySet<string>)p.Value!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var lists = ready["lists"]!.AsObject().ToDictionary(
            t => t.Key,
            t => (IReadOnlyDictionary<string, string>)t.Value!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new OParlSchemaValidator(node, properties, lists);
    }

    /// <summary>Validates a batch (e.g. one list page with its embedded objects) in one exchange with node.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<SchemaError>>> ValidateAsync(
        IReadOnlyList<(string Type, JsonObject Object)> objects, CancellationToken cancellationToken = default)
    {
        if (objects.Count == 0)
        {
            return [];
        }

        await _turn.WaitAsync(cancellationToken);
        try
        {
            var request = new StringBuilder();
            foreach (var (type, value) in objects)
            {
                request.Append(JsonSerializer.Serialize(new { type, @object = value })).Append('\n');
            }

            // Writing and reading run together: a large batch would otherwise fill both pipes and deadlock.
            var writing = WriteAsync(request.ToString(), cancellationToken);
            var results = new List<IReadOnlyList<SchemaError>>(objects.Count);
            for (var i = 0; i < objects.Count; i++)
            {
                var line = await _node.StandardOutput.ReadLineAsync(cancellationToken)
                    ?? throw new InvalidOperationException("The OParl validator ended unexpectedly.");
                results.Add(ParseAnswer(line));
            }

            await writing;
            return results;
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task<IReadOnlyList<SchemaError>> ValidateAsync(string type, JsonObject value) =>
        (await ValidateAsync([(type, value)]))[0];

    public async ValueTask DisposeAsync()
    {
        try
        {
            _node.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _node.Kill();
        }

        _node.Dispose();
        _turn.Dispose();
    }

    private async Task WriteAsync(string lines, CancellationToken cancellationToken)
    {
        await _node.StandardInput.WriteAsync(lines.AsMemory(), cancellationToken);
        await _node.StandardInput.FlushAsync(cancellationToken);
    }

    private static List<SchemaError> ParseAnswer(string line)
    {
        var answer = JsonNode.Parse(line)!;
        return answer["errors"]!.AsArray()
            .Select(e => new SchemaError(e!["path"]!.GetValue<string>(), e["message"]!.GetValue<string>()))
            .ToList();
    }
}
