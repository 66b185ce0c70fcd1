namespace Ratsnetz.Documents.Extraction;

/// <summary>Collects field path → line range while the extractors work; cheap, so every found fact records it.</summary>
internal sealed class ProvenanceLog
{
    private readonly Dictionary<string, LineRange> _entries = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, LineRange> Entries => _entries;

    public T? Take<T>(string path, Sourced<T>? fact)
    {
        if (fact is null)
        {
            return default;
        }

        _entries[path] = fact.Lines;
        return fact.Value;
    }

    public T? TakeValue<T>(string path, Sourced<T>? fact)
        where T : struct
    {
        if (fact is null)
        {
            return null;
        }

        _entries[path] = fact.Lines;
        return fact.Value;
    }

    public void Add(string path, LineRange? lines)
    {
        if (lines is not null)
        {
            _entries[path] = lines;
        }
    }

    /// <summary>Values of a sourced list, recording "path[i]" for each.</summary>
    public List<T> TakeAll<T>(string path, IEnumerable<Sourced<T>> items)
    {
        var list = new List<T>();
        foreach (var item in items)
        {
            _entries[$"{path}[{list.Count}]"] = item.Lines;
            list.Add(item.Value);
        }

        return list;
    }
}
