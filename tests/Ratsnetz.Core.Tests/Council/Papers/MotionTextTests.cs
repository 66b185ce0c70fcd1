namespace Ratsnetz.Council.Papers;

/// <summary>A motion states what the body is asked to decide; the justification is optional.</summary>
public sealed class MotionTextTests
{
    [Fact]
    public void A_motion_needs_a_proposed_resolution()
    {
        var paper = Paper.Create(1, "1/2026", "Dolmetscherpool", "Antrag").Value;

        Assert.Equal("paper.request_required", paper.SetMotionText("  ", "Weil …").Error?.Code);
        Assert.Null(paper.Request);
    }

    [Fact]
    public void Line_breaks_in_the_text_are_kept_and_a_blank_justification_is_none()
    {
        var paper = Paper.Create(1, "1/2026", "Dolmetscherpool", "Antrag").Value;

        paper.SetMotionText("Die Verwaltung wird beauftragt,\n1. einen Pool einzurichten,\n2. zu berichten.", " ").ThrowIfError();

        Assert.Equal("Die Verwaltung wird beauftragt,\n1. einen Pool einzurichten,\n2. zu berichten.", paper.Request);
        Assert.Null(paper.Justification);
    }

    [Fact]
    public void Overlong_text_is_refused()
    {
        var paper = Paper.Create(1, "1/2026", "Dolmetscherpool", "Antrag").Value;

        Assert.Equal("paper.text_too_long", paper.SetMotionText("Beschluss", new string('x', Paper.MaxMotionTextLength + 1)).Error?.Code);
    }
}
