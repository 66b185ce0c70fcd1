using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ratsnetz.OParl.Conformance;

/// <summary>Checks that need the whole crawl: same object everywhere, references resolve, non-public content absent.</summary>
public sealed partial class OParlCrawler
{
    /// <summary>
    /// A list entry must be the object its URL returns; an embedded object may leave out fields (e.g. the link back
    /// to the object it is embedded in) but every field it has must be the same as at its own URL.
    /// </summary>
    private void CompareWithOwnUrls()
    {
        foreach (var (id, occurrences) in Occurrences)
        {
            if (!Fetched.TryGetValue(id, out var own))
            {
                continue;
            }

            foreach (var occurrence in occurrences)
            {
                var differing = occurrence.Value
                    .Where(p => !JsonNode.DeepEquals(p.Value, own[p.Key]))
                    .Select(p => own.ContainsKey(p.Key) ? $"{p.Key} differs" : $"{p.Key} only here")
                    .ToList();
                if (!occurrence.Embedded)
                {
                    differing.AddRange(own.Select(p => p.Key).Where(k => !occurrence.Value.ContainsKey(k)).Select(k => $"{k} missing here"));
                }

                if (differing.Count > 0)
                {
                    Violations.Add(occurrence.Where, Conformance.Rules.SameObject, $"{id} is not the object its URL returns: {string.Join(", ", differing)}");
                }
            }
        }
    }

    /// <summary>
    /// References that were not fetched (sampling) must name an object seen in some list, or answer at their URL:
    /// a reference to a deleted object resolves to its deleted stub, which OParl allows.
    /// </summary>
    private async Task CheckUnfetchedReferencesAsync(CancellationToken cancellationToken)
    {
        var unknown = References.Where(r => !Fetched.ContainsKey(r.Key) && !KnownIds.ContainsKey(r.Key) && !_scheduled.ContainsKey("o " + r.Key)).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(unknown, parallel, async (reference, ct) =>
        {
            var (target, referrer) = reference;
            var fetched = await _http.GetJsonAsync(target, ct);
            if (fetched?.Json is not JsonObject value || ObjectRules.IdOf(value) != target)
            {
                Violations.Add(referrer, Conformance.Rules.Reference, $"{target} is in no list, embedded nowhere and does not answer with itself");
            }
            else
            {
                _rules.CheckValues(target, value);
                _rules.CheckObject(target, string.Empty, value);
                if (ObjectRules.IsDeleted(value))
                {
                    ReferencesToDeleted.TryAdd(target, referrer);
                }
            }
        });
    }

    /// <summary>Non-public objects answer 404 (a sample of them under sampling; none may be linked, which the scan checks for all).</summary>
    private async Task CheckForbiddenUrlsAsync(CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(_options.ForbiddenUrls.Where(url => Sampled(url, null)), parallel, async (url, ct) =>
        {
            using var response = await _http.GetAsync(url, ct);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                Violations.Add(url, Conformance.Rules.NonPublic, $"a non-public object answers {(int)response.StatusCode} instead of 404");
            }
        });
    }

    /// <summary>No string of an answer may contain a non-public text or name a non-public object's URL.</summary>
    private void ScanForbidden(string url, JsonNode? node, string path)
    {
        if (_options.ForbiddenTexts.Count == 0 && _options.ForbiddenUrls.Count == 0)
        {
            return;
        }

        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    ScanForbidden(url, value, $"{path}/{name}");
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    ScanForbidden(url, a[i], $"{path}/{i}");
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                foreach (var forbidden in _options.ForbiddenTexts.Where(f => text.Contains(f, StringComparison.Ordinal)))
                {
                    Violations.Add(url, Conformance.Rules.NonPublic, $"{path} contains the non-public text \"{forbidden}\"");
                }

                if (_options.ForbiddenUrls.Contains(text))
                {
                    Violations.Add(url, Conformance.Rules.NonPublic, $"{path} links the non-public object {text}");
                }

                break;
        }
    }
}
