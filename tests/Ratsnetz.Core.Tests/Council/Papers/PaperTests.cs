using Ratsnetz.Council.Papers;

namespace Ratsnetz.Council.Papers;

public sealed class PaperTests
{
    [Fact]
    public void A_paper_needs_a_title_and_a_type()
    {
        Assert.Equal("paper.name_required", Paper.Create(1, "146/2021", " ", "Vorlage").Error?.Code);
        Assert.Equal("paper.type_required", Paper.Create(1, "146/2021", "Integrationskonzept", "").Error?.Code);
    }

    [Fact]
    public void References_contain_no_spaces()
    {
        Assert.Equal("paper.reference_format", Paper.Create(1, "146 / 2021", "Integrationskonzept", "Vorlage").Error?.Code);
    }

    [Fact]
    public void A_motion_may_lack_a_reference_number()
    {
        var motion = Paper.Create(1, null, "Stelle eines / einer Migrationsbeauftragten", "Antrag", new DateOnly(2022, 12, 5));

        Assert.True(motion.IsSuccess);
        Assert.Null(motion.Value.Reference);
        Assert.True(motion.Value.IsPublic);
    }

    [Fact]
    public void An_originator_is_a_person_or_an_organization_and_is_recorded_once()
    {
        var paper = Paper.Create(1, null, "Antrag", "Antrag").Value;

        Assert.Equal("paper.originator_empty", paper.AddOriginator(null, null).Error?.Code);
        paper.AddOriginator(5, null, "Fraktionsvorsitzender").ThrowIfError();
        Assert.Equal("paper.originator_duplicate", paper.AddOriginator(5, null).Error?.Code);
        Assert.Equal("Fraktionsvorsitzender", Assert.Single(paper.Originators).Function);
    }
}
