namespace Ratsnetz.Council.Minutes;

/// <summary>The minutes workflow: draft → signed by chair and minute taker → published; after a signature only addenda.</summary>
public sealed class MeetingMinutesTests
{
    private static readonly DateTime Noon = new(2025, 3, 20, 11, 0, 0, DateTimeKind.Utc);

    private static readonly MinutesContent Content = new("{\"full\":1}", "{\"public\":1}");

    [Fact]
    public void New_minutes_are_a_draft_whose_remarks_can_be_edited()
    {
        var minutes = new MeetingMinutes(7);

        Assert.True(minutes.EditOpeningRemarks("  Die Tagesordnung ging fristgerecht zu.  ").IsSuccess);

        Assert.Equal(MinutesState.Draft, minutes.State);
        Assert.Equal("Die Tagesordnung ging fristgerecht zu.", minutes.OpeningRemarks);
    }

    [Fact]
    public void After_the_first_signature_the_text_is_not_edited_any_more()
    {
        var minutes = new MeetingMinutes(7);
        minutes.EditOpeningRemarks("Vorher").ThrowIfError();
        minutes.Sign(SignatureRole.MinuteTaker, "user-2", Noon, Content).ThrowIfError();

        var edit = minutes.EditOpeningRemarks("Nachher");

        Assert.Equal("minutes.signed", edit.Error?.Code);
        Assert.Equal("Vorher", minutes.OpeningRemarks);
        Assert.Equal(MinutesState.Draft, minutes.State);
    }

    [Fact]
    public void Both_signatures_with_their_times_make_the_minutes_signed_and_each_role_signs_once()
    {
        var minutes = new MeetingMinutes(7);
        minutes.Sign(SignatureRole.Chair, "user-1", Noon, Content).ThrowIfError();
        minutes.Sign(SignatureRole.MinuteTaker, "user-2", Noon.AddHours(1), Content).ThrowIfError();

        var again = minutes.Sign(SignatureRole.Chair, "user-1", Noon.AddHours(2), Content);

        Assert.Equal(MinutesState.SignedOff, minutes.State);
        Assert.Equal(Noon, minutes.ChairSignedAt);
        Assert.Equal("user-1", minutes.ChairSignedByUserId);
        Assert.Equal(Noon.AddHours(1), minutes.MinuteTakerSignedAt);
        Assert.Equal("minutes.already_signed", again.Error?.Code);
        Assert.Equal(Noon, minutes.ChairSignedAt);
    }

    [Fact]
    public void Minutes_are_published_only_after_both_signatures_and_only_once()
    {
        var minutes = new MeetingMinutes(7);
        minutes.Sign(SignatureRole.Chair, "user-1", Noon, Content).ThrowIfError();

        var early = minutes.Publish("staff", Noon);
        minutes.Sign(SignatureRole.MinuteTaker, "user-2", Noon, Content).ThrowIfError();
        var published = minutes.Publish("staff", Noon.AddDays(1));
        var twice = minutes.Publish("staff", Noon.AddDays(2));

        Assert.Equal("minutes.not_signed", early.Error?.Code);
        Assert.True(published.IsSuccess);
        Assert.Equal("minutes.already_published", twice.Error?.Code);
        Assert.Equal(MinutesState.Published, minutes.State);
        Assert.Equal(Noon.AddDays(1), minutes.PublishedAt);
    }

    [Fact]
    public void Addenda_need_a_signature_a_text_and_a_reason()
    {
        var minutes = new MeetingMinutes(7);

        var beforeSigning = minutes.AddAddendum("Korrektur", "Tippfehler", false, "staff", "Geschäftsführung", Noon);
        minutes.Sign(SignatureRole.Chair, "user-1", Noon, Content).ThrowIfError();
        var withoutReason = minutes.AddAddendum("Korrektur", " ", false, "staff", "Geschäftsführung", Noon);
        var added = minutes.AddAddendum("Frau Beispiel kam um 18:25 Uhr.", "Uhrzeit berichtigt", false, "staff", "Geschäftsführung", Noon);

        Assert.Equal("minutes.not_signed_yet", beforeSigning.Error?.Code);
        Assert.Equal("minutes.addendum_reason", withoutReason.Error?.Code);
        var addendum = Assert.Single(minutes.Addenda);
        Assert.Equal(added.Value, addendum);
        Assert.Equal(("Frau Beispiel kam um 18:25 Uhr.", "Uhrzeit berichtigt", "staff", Noon), (addendum.Text, addendum.Reason, addendum.AuthorUserId, addendum.At));
    }

    [Fact]
    public void The_first_signature_freezes_the_content_and_the_second_keeps_it()
    {
        var minutes = new MeetingMinutes(7);

        var withoutContent = minutes.Sign(SignatureRole.Chair, "user-1", Noon, null);
        minutes.Sign(SignatureRole.Chair, "user-1", Noon, Content).ThrowIfError();
        minutes.Sign(SignatureRole.MinuteTaker, "user-2", Noon, new MinutesContent("later", "later")).ThrowIfError();

        Assert.Equal("minutes.content_missing", withoutContent.Error?.Code);
        Assert.Equal((Content.Full, Content.Public), (minutes.SignedFullContent, minutes.SignedPublicContent));
    }
}
