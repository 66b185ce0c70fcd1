using Ratsnetz.Alerts;
using Ratsnetz.Web.Pages.Council.Members;

namespace Ratsnetz.Web.Pages.Alerts;

/// <summary>
/// The subscribe form, shown on body, person and search pages and again on <c>/benachrichtigungen/neu</c> when it was
/// refused (then with the typed values and the problem next to its field).
/// </summary>
public sealed record AlertForm(AlertTarget Target, string? Email = null, AlertFrequency Frequency = AlertFrequency.Daily, FormProblem? Problem = null)
{
    public const string EmailFieldId = "alert-email";

    public const string FrequencyFieldId = "alert-frequency-daily";

    public static AlertForm Organization(int id) => new(AlertTarget.Organization(id));

    public static AlertForm Person(int id) => new(AlertTarget.Person(id));

    public static AlertForm Search(string? text, string? kind, string? year, string? body) =>
        new(AlertTarget.Search(text, int.TryParse(body, out var b) ? b : null, kind, int.TryParse(year, out var y) ? y : null));

    public string? ErrorFor(string fieldId) => Problem?.FieldId == fieldId ? Problem.Message : null;
}
