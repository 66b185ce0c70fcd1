namespace Ratsnetz.Council.Attendances;

/// <summary>In what capacity a person took part in one meeting (which may differ from their membership).</summary>
public enum AttendanceRole
{
    Member = 1,
    Chair = 2,
    DeputyChair = 3,

    /// <summary>A deputy member, usually standing in for an absent member.</summary>
    DeputyMember = 4,
    AdvisoryMember = 5,
    MinuteTaker = 6,

    /// <summary>Staff of the administration (Verwaltung).</summary>
    Administration = 7,
    Guest = 8,
}
