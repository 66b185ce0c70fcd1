using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Motions;

/// <summary>
/// Numbers papers created in Ratsnetz the way councils write them ("146/2021"): the next number of the year within the
/// municipality, after every reference of that year already recorded (imported ones included).
/// </summary>
internal static class PaperReferences
{
    public static async Task<string> NextAsync(AppDbContext db, int bodyId, int year, CancellationToken ct)
    {
        var suffix = "/" + year.ToString(CultureInfo.InvariantCulture);
        var taken = await db.Papers.AsNoTracking()
            .Where(p => p.BodyId == bodyId && p.Reference != null && p.Reference.EndsWith(suffix))
            .Select(p => p.Reference!)
            .ToListAsync(ct);
        var highest = taken
            .Select(r => int.TryParse(r[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return (highest + 1).ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
