using System.Security.Cryptography;
using System.Text;

namespace Ratsnetz.Alerts;

/// <summary>Unguessable tokens for mail links: 256 random bits, URL-safe; confirmation tokens are stored only as hashes.</summary>
public static class AlertTokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Tokens as <see cref="New"/> makes them: anything else is refused before it reaches the database.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
