namespace Ratsnetz.Web.Pages.Council.Motions;

/// <summary>The text fields of a motion or statement form, and which control a Core error field refers to.</summary>
public sealed class MotionText
{
    public string? Title { get; set; }

    public string? Request { get; set; }

    public string? Justification { get; set; }

    public static string FieldId(string? field) => field switch
    {
        "name" => "motion-title",
        "request" => "motion-request",
        "meetingId" => "motion-meeting",
        "targetOrganizationId" => "statement-target",
        _ => "motion-title",
    };
}
