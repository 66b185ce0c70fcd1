namespace Ratsnetz.Data.DemoData;

/// <summary>The team's own sample documents of a fictional town, embedded in the program for the demo import.</summary>
public static class SampleDocuments
{
    private const string Prefix = "Ratsnetz.Data.DemoData.Documents.";

    public static IReadOnlyList<(string FileName, byte[] Content)> All()
    {
        var assembly = typeof(SampleDocuments).Assembly;
        var documents = new List<(string, byte[])>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            documents.Add((name[Prefix.Length..], buffer.ToArray()));
        }

        return documents;
    }
}
