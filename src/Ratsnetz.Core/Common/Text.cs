namespace Ratsnetz.Common;

internal static class Text
{
    /// <summary>Trims and turns blank strings into null, so that "no value" has one representation.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
