using Ratsnetz.Common;

namespace Ratsnetz.Council.Bodies;

/// <summary>A municipality or county whose council work is recorded (OParl Body, "Kommune").</summary>
public sealed class Body : Entity
{
    private Body()
    {
        Name = string.Empty;
        ShortName = string.Empty;
    }

    public Body(string name, string shortName, string? classification = null, string? website = null)
    {
        Name = string.Empty;
        ShortName = string.Empty;
        Describe(name, shortName, classification, website);
    }

    /// <summary>Official name, e.g. "Stadt Kamen" or "Kreis Coesfeld".</summary>
    public string Name { get; private set; }

    /// <summary>The name used in running text, e.g. "Kamen".</summary>
    public string ShortName { get; private set; }

    /// <summary>Kind of municipality as the body calls itself: Stadt, Gemeinde, Kreis.</summary>
    public string? Classification { get; private set; }

    public string? Website { get; private set; }

    /// <summary>Replaces the descriptive fields, e.g. when a mirrored system renames the body.</summary>
    public void Describe(string name, string? shortName, string? classification, string? website)
    {
        Name = Text.Clean(name) ?? throw new ArgumentException("A body needs a name.", nameof(name));
        ShortName = Text.Clean(shortName) ?? Name;
        Classification = Text.Clean(classification);
        Website = Text.Clean(website);
    }
}
