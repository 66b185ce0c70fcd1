namespace Ratsnetz.OParl;

public sealed class OParlListRequestTests
{
    private static OParlListRequest Parse(params (string Name, string Value)[] query) =>
        OParlListRequest.Parse(name => query.Where(q => q.Name == name).Select(q => q.Value).FirstOrDefault()).Value;

    [Fact]
    public void Every_filter_survives_into_the_next_page_link()
    {
        var request = Parse(("limit", "20"), ("created_since", "2024-01-01T00:00:00+01:00"), ("modified_until", "2024-02-01T12:30:00Z"), ("omit_internal", "true"));

        var query = request.QueryString(after: 40);
        var reparsed = Parse(query.TrimStart('?').Split('&').Select(p => p.Split('=')).Select(p => (p[0], Uri.UnescapeDataString(p[1]))).ToArray());

        Assert.Equal(request with { After = 40 }, reparsed);
    }

    [Fact]
    public void An_offset_sent_without_percent_encoding_is_still_understood()
    {
        // '+' in a query string decodes to a space; clients that forget to encode it must not get another instant.
        var request = Parse(("modified_since", "2024-01-01T00:00:00 01:00"));

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)), request.ModifiedSince);
    }

    [Theory]
    [InlineData("created_since", "2024-01-01")]
    [InlineData("created_since", "2024-01-01T10:00:00")]
    [InlineData("modified_until", "gestern")]
    [InlineData("limit", "0")]
    [InlineData("limit", "-5")]
    [InlineData("after", "x")]
    [InlineData("omit_internal", "ja")]
    public void Ambiguous_or_malformed_values_are_refused_with_the_parameter_named(string name, string value)
    {
        var result = OParlListRequest.Parse(n => n == name ? value : null);

        Assert.True(result.IsError);
        Assert.Equal(name, Assert.IsType<Common.ValidationError>(result.Error).Field);
    }

    [Fact]
    public void A_limit_above_the_maximum_is_capped_not_refused()
    {
        Assert.Equal(OParlListRequest.MaxLimit, Parse(("limit", "50000")).Limit);
    }

    [Fact]
    public void Local_meeting_times_carry_the_german_offset_of_their_season()
    {
        Assert.Equal("2021-11-04T18:05:00+01:00", OParlTime.Local(new DateOnly(2021, 11, 4), new TimeOnly(18, 5), "Europe/Berlin"));
        Assert.Equal("2021-07-01T17:00:00+02:00", OParlTime.Local(new DateOnly(2021, 7, 1), new TimeOnly(17, 0), "Europe/Berlin"));
    }
}
