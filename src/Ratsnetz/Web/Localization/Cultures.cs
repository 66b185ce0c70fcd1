namespace Ratsnetz.Web.Localization;

public static class Cultures
{
    public const string Default = "de";

    public static readonly string[] Supported = ["de", "en"];
}
