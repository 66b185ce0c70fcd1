namespace Ratsnetz.Hosting;

/// <summary>How to start the web host: from the command line or from tests.</summary>
public sealed record RatsnetzHostOptions
{
    public string[] Args { get; init; } = [];

    /// <summary>Configuration that wins over files and environment (command-line flags, test settings).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    /// <summary>Lets tests replace services, e.g. the clock.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }
}
