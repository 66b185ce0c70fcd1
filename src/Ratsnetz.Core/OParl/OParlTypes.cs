namespace Ratsnetz.OParl;

/// <summary>The type URLs of OParl 1.1.</summary>
public static class OParlTypes
{
    public const string Version = "https://schema.oparl.org/1.1/";
    public const string System = Version + "System";
    public const string Body = Version + "Body";
    public const string LegislativeTerm = Version + "LegislativeTerm";
    public const string Organization = Version + "Organization";
    public const string Person = Version + "Person";
    public const string Membership = Version + "Membership";
    public const string Meeting = Version + "Meeting";
    public const string AgendaItem = Version + "AgendaItem";
    public const string Paper = Version + "Paper";
    public const string Consultation = Version + "Consultation";
    public const string File = Version + "File";
    public const string Location = Version + "Location";
}
