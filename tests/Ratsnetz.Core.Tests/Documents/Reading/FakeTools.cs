namespace Ratsnetz.Documents.Reading;

/// <summary>Stands in for poppler and tesseract: answers per tool, records every call.</summary>
internal sealed class FakeTools : IExternalTools
{
    private readonly Dictionary<string, Func<IReadOnlyList<string>, ToolRun>> _answers = new(StringComparer.Ordinal);

    public List<(string Tool, IReadOnlyList<string> Arguments)> Calls { get; } = [];

    public HashSet<string> Missing { get; } = new(StringComparer.Ordinal);

    /// <summary>All tools present: pdftotext answers <paramref name="pdfText"/>, tesseract knows German.</summary>
    public static FakeTools Working(string pdfText = "Seite eins mit genug Text für eine echte Textebene im PDF\f", string ocrText = "Erkannter Text der gescannten Seite")
    {
        var tools = new FakeTools();
        tools.On("pdftotext", _ => new ToolRun(0, pdfText, string.Empty));
        tools.On("pdftoppm", arguments =>
        {
            // Create the image file pdftoppm would write, so that the reader finds it.
            File.WriteAllBytes(arguments[^1] + ".png", [0x89, 0x50, 0x4E, 0x47]);
            return new ToolRun(0, string.Empty, string.Empty);
        });
        tools.On("tesseract", arguments => arguments[0] == "--list-langs"
            ? new ToolRun(0, "List of available languages (3):\ndeu\neng\nosd\n", string.Empty)
            : new ToolRun(0, ocrText, "Estimating resolution as 300"));
        return tools;
    }

    public FakeTools On(string tool, Func<IReadOnlyList<string>, ToolRun> answer)
    {
        _answers[tool] = answer;
        return this;
    }

    public bool IsAvailable(string tool) => !Missing.Contains(tool) && _answers.ContainsKey(tool);

    public Task<ToolRun> RunAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Calls.Add((tool, arguments));
        return Task.FromResult(_answers[tool](arguments));
    }
}
