namespace Ratsnetz.Search;

/// <summary>The candidate window of ADR 0018 ("Session 7") and what a capped page offers next.</summary>
public sealed class SearchWindowTests
{
    [Theory]
    [InlineData(0, 20, 200)]
    [InlineData(180, 20, 200)]
    [InlineData(200, 20, 400)]
    [InlineData(380, 20, 400)]
    [InlineData(390, 20, 600)]
    [InlineData(0, 50, 200)]
    [InlineData(24_950, 50, 25_000)]
    public void The_window_is_the_first_step_or_as_many_steps_as_the_page_needs(int offset, int limit, int expected)
    {
        var query = new SearchIndexQuery(SearchQuery.Parse("Rat").Value, SearchFilter.None, SearchVisibility.PublicOnly, offset, limit);

        Assert.Equal(expected, query.CandidateLimit);
        Assert.Equal(0, query.CandidateLimit % SearchIndexQuery.CandidateStep);
    }

    [Fact]
    public void A_capped_page_has_a_next_page_past_the_count_and_an_uncapped_one_only_within_it()
    {
        var full = Enumerable.Range(1, 20).Select(_ => Hit()).ToList();

        var cappedLast = new SearchResults("Rat", 200, 10, 20, full, null) { TotalIsCapped = true };
        var uncappedLast = new SearchResults("Rat", 200, 10, 20, full, null);
        var uncappedEarlier = new SearchResults("Rat", 200, 9, 20, full, null);
        var cappedShort = new SearchResults("Rat", 200, 10, 20, full.Take(5).ToList(), null) { TotalIsCapped = true };

        Assert.Equal((10, true), (cappedLast.PageCount, cappedLast.HasNextPage));
        Assert.False(uncappedLast.HasNextPage);
        Assert.True(uncappedEarlier.HasNextPage);
        Assert.False(cappedShort.HasNextPage);
    }

    private static SearchHit Hit() => new(SearchKind.File, 1, null, [], null, null, null, []);
}
