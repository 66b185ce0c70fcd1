using Ratsnetz.Common;

namespace Ratsnetz.Council.People;

/// <summary>
/// A person who sits in, works for or speaks to a council body. Given names are often unknown
/// (minutes say "Herr Kuru"), so only the family name is required.
/// </summary>
public sealed class Person : Entity
{
    private Person()
    {
        FamilyName = string.Empty;
    }

    private Person(int bodyId, string familyName, string? givenName, Salutation? salutation, string? title)
    {
        BodyId = bodyId;
        FamilyName = familyName;
        GivenName = givenName;
        Salutation = salutation;
        Title = title;
    }

    /// <summary>The municipality in whose records the person appears; people are never merged across bodies.</summary>
    public int BodyId { get; private set; }

    public string FamilyName { get; private set; }

    public string? GivenName { get; private set; }

    public Salutation? Salutation { get; private set; }

    /// <summary>Academic titles as written, e.g. "Dr.".</summary>
    public string? Title { get; private set; }

    public string Name => Compose(Title, GivenName, FamilyName);

    public static Result<Person> Create(int bodyId, string familyName, string? givenName = null, Salutation? salutation = null, string? title = null)
    {
        var family = Text.Clean(familyName);
        if (family is null)
        {
            return new ValidationError("person.family_name_required", "A person needs at least a family name.", nameof(familyName));
        }

        return new Person(bodyId, family, Text.Clean(givenName), salutation, Text.Clean(title));
    }

    /// <summary>Corrects the name parts under the same rules as <see cref="Create"/>.</summary>
    public Result Rename(string familyName, string? givenName, Salutation? salutation, string? title)
    {
        var family = Text.Clean(familyName);
        if (family is null)
        {
            return new ValidationError("person.family_name_required", "A person needs at least a family name.", nameof(familyName));
        }

        FamilyName = family;
        GivenName = Text.Clean(givenName);
        Salutation = salutation;
        Title = Text.Clean(title);
        return Result.Success;
    }

    public static string Compose(string? title, string? givenName, string familyName) =>
        string.Join(' ', new[] { title, givenName, familyName }.Where(part => !string.IsNullOrEmpty(part)));
}

/// <summary>Form of address as written in the records; never guessed from a first name.</summary>
public enum Salutation
{
    Herr = 1,
    Frau = 2,
}
