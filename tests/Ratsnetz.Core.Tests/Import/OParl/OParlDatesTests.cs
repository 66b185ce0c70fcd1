using Ratsnetz.Import.OParl;

namespace Ratsnetz.Import.OParl;

public sealed class OParlDatesTests
{
    [Theory]
    [InlineData("2024-03-05T17:00:00+01:00", "2024-03-05T16:00:00Z")]
    [InlineData("2024-03-05T16:00:00Z", "2024-03-05T16:00:00Z")]
    [InlineData("2024-03-05T17:00:00", "2024-03-05T16:00:00Z")]
    [InlineData("2024-07-05T17:00:00", "2024-07-05T15:00:00Z")]
    [InlineData("2024-03-05 17:00", "2024-03-05T16:00:00Z")]
    [InlineData("2024-03-05", "2024-03-04T23:00:00Z")]
    public void Instants_with_offset_Z_none_or_a_bare_date_are_read_as_Berlin_time_unless_they_say_otherwise(string text, string utc)
    {
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), OParlDates.ParseInstant(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("morgen")]
    [InlineData(null)]
    public void Text_that_is_no_date_gives_no_date(string? text)
    {
        Assert.Null(OParlDates.ParseInstant(text));
        Assert.Null(OParlDates.ParseDate(text));
    }

    [Fact]
    public void A_date_time_gives_the_date_it_was_written_on()
    {
        Assert.Equal(new DateOnly(2024, 2, 20), OParlDates.ParseDate("2024-02-20T00:00:00+01:00"));
        Assert.Equal(new DateOnly(2024, 2, 20), OParlDates.ParseDate("20.02.2024"));
    }

    [Fact]
    public void Meeting_times_become_local_and_an_end_before_the_start_or_on_another_day_is_dropped()
    {
        Assert.Equal((new DateOnly(2024, 3, 5), new TimeOnly(17, 0), new TimeOnly(20, 30)),
            MeetingMapper.Times("2024-03-05T17:00:00+01:00", "2024-03-05T19:30:00Z"));
        Assert.Equal((new DateOnly(2027, 12, 15), new TimeOnly(19, 0), (TimeOnly?)null),
            MeetingMapper.Times("2027-12-15T19:00:00+01:00", "2027-12-15T00:00:00+01:00"));
        Assert.Equal((new DateOnly(2024, 4, 10), (TimeOnly?)null, (TimeOnly?)null), MeetingMapper.Times("2024-04-10", null));
        Assert.Equal(((DateOnly?)null, (TimeOnly?)null, (TimeOnly?)null), MeetingMapper.Times(null, "2024-04-10T18:00:00Z"));
    }
}
