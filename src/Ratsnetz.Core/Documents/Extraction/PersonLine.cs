namespace Ratsnetz.Documents.Extraction;

/// <summary>Presence as a table's last column states it ("anwesend", "entschuldigt", "-----").</summary>
internal enum Presence
{
    Unknown,
    Present,
    Excused,
    Unexcused,

    /// <summary>Listed in brackets ("verhindert"): absent, excuse not stated.</summary>
    Prevented,
}

/// <summary>
/// One person as a line (or a line plus its value cells) states them: the name and whatever else the line says.
/// Mutable while the attendance parser attaches the following value lines to it.
/// </summary>
internal sealed class PersonLine
{
    public required string Name { get; set; }

    /// <summary>Name tokens without academic titles; the attendance parser trims over-long names with it.</summary>
    public required int NameTokens { get; set; }

    public string? Salutation { get; set; }

    public string? Office { get; set; }

    public string? Group { get; set; }

    public string? Role { get; set; }

    /// <summary>The role an office implies ("Ratsfrau" → member); weaker than a role the list states.</summary>
    public string? OfficeRole { get; set; }

    public string? Function { get; set; }

    public string? From { get; set; }

    public string? Until { get; set; }

    public string? SubstituteFor { get; set; }

    public string? SubstituteSalutation { get; set; }

    public Presence Presence { get; set; }

    /// <summary>Capitalised words after the name that may be part of it or a group ("Khoshbeen Internetseite LHH").</summary>
    public string? Leftover { get; set; }

    public bool InlineGroup { get; set; }

    /// <summary>Recognised by an academic title alone ("Dr. Doering 50.6"), without salutation or office.</summary>
    public bool Titled { get; set; }

    public int FirstLine { get; set; }

    public int LastLine { get; set; }

    public ExtractedPerson ToPerson(bool? excused) => new()
    {
        Name = Name,
        Salutation = Salutation,
        Group = Group,
        Role = Role,
        Function = Function,
        SubstituteFor = SubstituteFor,
        From = From,
        Until = Until,
        Excused = excused,
    };
}
