using System.Globalization;

namespace Ratsnetz.Web.Pages.Import.Review;

/// <summary>Parses form fields (type=date, type=time, numbers) strictly; a blank field means "not stated".</summary>
internal static class FormValues
{
    public static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var ok = DateOnly.TryParseExact(value.Trim(), ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed : null;
        return ok;
    }

    public static bool TryTime(string? value, out TimeOnly? time)
    {
        time = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var ok = TimeOnly.TryParseExact(value.Trim(), ["HH:mm", "H:mm", "HH:mm:ss", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        time = ok ? parsed : null;
        return ok;
    }

    public static bool TryCount(string? value, out int? count)
    {
        count = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var ok = int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed);
        count = ok ? parsed : null;
        return ok;
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? Number(int? number) => number?.ToString(CultureInfo.InvariantCulture);
}
