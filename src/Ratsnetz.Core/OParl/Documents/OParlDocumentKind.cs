namespace Ratsnetz.OParl.Documents;

/// <summary>The object types whose rendered JSON is stored; the numbers are stored, never renumber them.</summary>
public enum OParlDocumentKind : short
{
    Body = 1,
    LegislativeTerm = 2,
    Organization = 3,
    Person = 4,
    Membership = 5,
    Meeting = 6,
    AgendaItem = 7,
    Paper = 8,
    Consultation = 9,
    File = 10,
    Location = 11,
}
