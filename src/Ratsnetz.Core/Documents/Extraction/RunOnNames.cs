namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Splits names that text extraction ran together on one line ("Wolfgang Krüger - Vorsitzender Klaus Behnck Herbert
/// Rau"). Without separators only the usual "first name, surname" pairing is safe; a role after a dash belongs to the
/// name before it, and salutations, where present, start a new name.
/// </summary>
internal static class RunOnNames
{
    public static IEnumerable<PersonLine> Split(string content)
    {
        var tokens = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<PersonLine>();
        var current = new List<string>();
        string? salutation = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i].Trim(',', ';');
            if (t is "-" or "–" or "—")
            {
                Flush();
                var role = RoleAfter(tokens, i + 1, out var consumed);
                if (role is not null && result.Count > 0)
                {
                    result[^1].Role = role.Value.Role;
                    result[^1].Function ??= role.Value.Function;
                    i += consumed;
                }

                continue;
            }

            if (Vocabulary.IsSalutation(t, out var s))
            {
                Flush();
                salutation = s;
                continue;
            }

            if (Vocabulary.IsAcademicTitle(t))
            {
                current.Add(t);
                continue;
            }

            if (t.Length == 0 || !char.IsUpper(t[0]) || t.Any(char.IsDigit))
            {
                Flush();
                continue;
            }

            current.Add(t);
            var real = current.Where(x => !Vocabulary.IsAcademicTitle(x)).ToList();

            // A known given name waits for its surname ("Klaus Dieter Grosch"); otherwise names come in pairs.
            if (salutation is null && real.Count >= 2 && (!FirstNames.Contains(real[^1]) || !FirstNames.Contains(real[0]) || real.Count >= 4))
            {
                Flush();
            }
        }

        Flush();
        return result;

        void Flush()
        {
            var real = current.Count(x => !Vocabulary.IsAcademicTitle(x));
            if (real >= 2 || (real == 1 && salutation is not null))
            {
                result.Add(new PersonLine { Name = string.Join(' ', current), NameTokens = real, Salutation = salutation });
            }

            current.Clear();
            salutation = null;
        }
    }

    private static RolePhrase? RoleAfter(string[] tokens, int start, out int consumed)
    {
        consumed = 0;
        for (var n = Math.Min(4, tokens.Length - start); n >= 1; n--)
        {
            var phrase = string.Join(' ', tokens, start, n);
            if (Vocabulary.IsRoleOnly(phrase))
            {
                consumed = n;
                return Vocabulary.FindRole(phrase);
            }
        }

        return null;
    }
}
