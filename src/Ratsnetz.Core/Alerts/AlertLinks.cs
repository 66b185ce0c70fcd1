using System.Globalization;
using System.Text;

namespace Ratsnetz.Alerts;

/// <summary>Portal paths of what an alert follows and of the items a digest lists.</summary>
public static class AlertLinks
{
    public static string PageOf(AlertTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Kind switch
        {
            AlertKind.Organization => "/gremien/" + Id(target.OrganizationId),
            AlertKind.Person => "/personen/" + Id(target.PersonId),
            _ => SearchPage(target),
        };
    }

    public static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string SearchPage(AlertTarget target)
    {
        var query = new StringBuilder("/suche?q=").Append(Uri.EscapeDataString(target.SearchText ?? string.Empty));
        if (target.SearchKind is { } kind)
        {
            query.Append("&typ=").Append(Uri.EscapeDataString(kind));
        }

        if (target.SearchYear is { } year)
        {
            query.Append("&jahr=").Append(year.ToString(CultureInfo.InvariantCulture));
        }

        if (target.SearchBodyId is { } body)
        {
            query.Append("&kommune=").Append(body.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToString();
    }
}
