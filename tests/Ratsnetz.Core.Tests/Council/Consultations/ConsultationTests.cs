using Ratsnetz.Council.Consultations;

namespace Ratsnetz.Council.Consultations;

public sealed class ConsultationTests
{
    [Fact]
    public void A_consultation_names_where_the_paper_is_dealt_with()
    {
        Assert.Equal("consultation.target_required", Consultation.Create(1, null, null, null).Error?.Code);
    }

    [Fact]
    public void An_agenda_item_comes_with_its_meeting()
    {
        Assert.Equal("consultation.item_without_meeting", Consultation.Create(1, 2, null, 7).Error?.Code);
        Assert.True(Consultation.Create(1, 2, 3, 7, "Entscheidung", authoritative: true).IsSuccess);
    }
}
