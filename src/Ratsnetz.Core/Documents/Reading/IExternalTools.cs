namespace Ratsnetz.Documents.Reading;

/// <summary>
/// Runs the command-line tools the reader needs (pdftotext, pdftoppm, tesseract). Behind an interface so that the
/// reading logic is testable without the tools and the operating-system process code lives in one place.
/// </summary>
public interface IExternalTools
{
    /// <summary>Whether the tool can be started (found on the PATH).</summary>
    bool IsAvailable(string tool);

    /// <summary>
    /// Runs <paramref name="tool"/> with the arguments passed as separate arguments (never through a shell) and
    /// kills it with its children after <paramref name="timeout"/>.
    /// </summary>
    Task<ToolRun> RunAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken);
}

/// <summary>The outcome of one tool run; <see cref="TimedOut"/> runs were killed and have no meaningful exit code.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error, bool TimedOut = false)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
