namespace Ratsnetz.Import.Documents;

/// <summary>A person already on record in the document's body.</summary>
public sealed record PersonCandidate(int Id, string? GivenName, string FamilyName)
{
    public string FullKey { get; } = NameKey.Of($"{GivenName} {FamilyName}");

    public string FamilyKey { get; } = NameKey.Of(FamilyName);

    public string? GivenKey { get; } = GivenName is null ? null : NameKey.Of(GivenName);

    public string PlainFullKey { get; } = NameKey.Of($"{GivenName} {FamilyName}", transliterate: false);

    public string PlainFamilyKey { get; } = NameKey.Of(FamilyName, transliterate: false);
}

/// <summary>The match for a written name: a person id, or none (create a new person); uncertain matches say why.</summary>
public sealed record PersonMatch(int? PersonId, string? Uncertainty)
{
    public static readonly PersonMatch None = new(null, null);
}

/// <summary>
/// Matches a name as written in a document to people of the same body only; people are never merged across bodies.
/// Certain: the same full name, or the same family name with a compatible given name, or a surname that only one
/// person in view carries. Uncertain (flagged for review): OCR-like spelling differences and surname prefixes
/// ("Özki" → Özkir, "Lindemann" → Lindemann-Opfermann), and only when exactly one person fits.
/// </summary>
public static class PersonMatcher
{
    /// <param name="writtenName">The name as written: full ("Aziz Özkir", "Dr. Wenning") or surname only ("Kuru").</param>
    /// <param name="inView">People most likely meant, e.g. the meeting's attendees; searched first.</param>
    /// <param name="body">All people of the body.</param>
    public static PersonMatch Match(string writtenName, IReadOnlyList<PersonCandidate> inView, IReadOnlyList<PersonCandidate> body)
    {
        var key = NameKey.Of(writtenName);
        if (key.Length == 0)
        {
            return PersonMatch.None;
        }

        var plain = NameKey.Of(writtenName, transliterate: false);
        foreach (var pool in new[] { inView, body })
        {
            var match = MatchIn(key, plain, pool);
            if (match.PersonId is not null)
            {
                return match;
            }
        }

        return PersonMatch.None;
    }

    private static PersonMatch MatchIn(string key, string plain, IReadOnlyList<PersonCandidate> pool)
    {
        var tokens = key.Split(' ');
        var exact = pool.Where(c => c.FullKey == key || c.PlainFullKey == plain).ToList();
        if (exact.Count == 1)
        {
            return new PersonMatch(exact[0].Id, null);
        }

        // "Schulze Pellengahr" and "Kuru" are both surname-only mentions; a full key equal to the family name is one too.
        var sameFamily = pool.Where(c => c.FamilyKey == key || c.PlainFamilyKey == plain || (tokens.Length > 1 && c.FamilyKey == string.Join(' ', tokens[1..]) && GivenFits(c, tokens[0]))).ToList();
        if (sameFamily.Count == 1)
        {
            return new PersonMatch(sameFamily[0].Id, null);
        }

        if (sameFamily.Count > 1)
        {
            return PersonMatch.None;
        }

        var similar = pool.Where(c => IsOcrLike(plain, c.PlainFullKey) || IsOcrLike(plain, c.PlainFamilyKey)).ToList();
        if (similar.Count == 1)
        {
            return new PersonMatch(similar[0].Id, $"similar spelling: '{key}'");
        }

        var prefixed = pool.Where(c => IsSurnamePrefix(key, c.FamilyKey) || IsSurnamePrefix(plain, c.PlainFamilyKey)).ToList();
        return prefixed.Count == 1 ? new PersonMatch(prefixed[0].Id, $"surname prefix: '{key}'") : PersonMatch.None;
    }

    private static bool GivenFits(PersonCandidate candidate, string writtenGiven) =>
        candidate.GivenKey is null || candidate.GivenKey.StartsWith(writtenGiven, StringComparison.Ordinal) || writtenGiven.StartsWith(candidate.GivenKey, StringComparison.Ordinal);

    // Small differences relative to length: one slip in short names, two in long ones.
    private static bool IsOcrLike(string written, string known) =>
        known.Length >= 4 && Math.Abs(known.Length - written.Length) <= 2 && NameKey.Distance(written, known) <= (known.Length >= 10 ? 2 : 1);

    private static bool IsSurnamePrefix(string written, string familyKey) =>
        written.Length >= 4 && !written.Contains(' ', StringComparison.Ordinal) && familyKey.Length > written.Length &&
        familyKey.StartsWith(written, StringComparison.Ordinal);
}
