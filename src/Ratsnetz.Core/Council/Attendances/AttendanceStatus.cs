namespace Ratsnetz.Council.Attendances;

public enum AttendanceStatus
{
    /// <summary>Anwesend.</summary>
    Present = 1,

    /// <summary>Entschuldigt.</summary>
    Excused = 2,

    /// <summary>Unentschuldigt abwesend.</summary>
    AbsentWithoutExcuse = 3,
}
