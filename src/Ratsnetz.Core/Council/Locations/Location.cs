using Ratsnetz.Common;

namespace Ratsnetz.Council.Locations;

/// <summary>Where a meeting takes place, as written ("Sitzungssaal I des Rathauses") plus an address if known.</summary>
public sealed class Location : Entity
{
    private Location()
    {
        Description = string.Empty;
    }

    public Location(int bodyId, string description, string? streetAddress = null, string? postalCode = null, string? locality = null)
    {
        BodyId = bodyId;
        Description = string.Empty;
        Describe(description, streetAddress, postalCode, locality);
    }

    public int BodyId { get; private set; }

    public string Description { get; private set; }

    public string? StreetAddress { get; private set; }

    public string? PostalCode { get; private set; }

    public string? Locality { get; private set; }

    public void Describe(string description, string? streetAddress, string? postalCode, string? locality)
    {
        Description = Text.Clean(description) ?? throw new ArgumentException("A location needs a description.", nameof(description));
        StreetAddress = Text.Clean(streetAddress);
        PostalCode = Text.Clean(postalCode);
        Locality = Text.Clean(locality);
    }
}
