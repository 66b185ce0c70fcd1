using Ratsnetz.Common;

namespace Ratsnetz.Search;

public sealed class SearchQueryTests
{
    [Fact]
    public void Words_phrases_and_references_become_their_own_clauses()
    {
        var query = SearchQuery.Parse("Integrationskonzepte \"kommunales Integrationszentrum\" 146/2021").Value;

        Assert.Collection(query.Clauses,
            c => Assert.Equal(new WordClause("integrationskonzepte", "integrationskonzept"), c),
            c =>
            {
                var phrase = Assert.IsType<PhraseClause>(c);
                Assert.Equal("kommunales integrationszentrum", phrase.FoldedText);
                Assert.Equal(["kommunal", "integrationszentrum"], phrase.Stems);
            },
            c =>
            {
                var reference = Assert.IsType<ReferenceClause>(c);
                Assert.Equal("146/2021", reference.Folded);
                Assert.Equal(["146", "2021"], reference.Stems);
            });
    }

    [Theory]
    [InlineData("„Stellenplan 2023“")]
    [InlineData("\"Stellenplan 2023")]
    public void German_quotes_and_an_unclosed_quote_make_a_phrase(string text) =>
        Assert.Equal("stellenplan 2023", Assert.IsType<PhraseClause>(Assert.Single(SearchQuery.Parse(text).Value.Clauses)).FoldedText);

    [Fact]
    public void Umlauts_in_the_query_fold_like_the_index() =>
        Assert.Equal(SearchQuery.Parse("Özkir").Value.Clauses, SearchQuery.Parse("OEZKIR").Value.Clauses);

    [Theory]
    [InlineData("", "search.empty")]
    [InlineData("   ", "search.empty")]
    [InlineData("\" \" -- !!", "search.no_words")]
    [InlineData("a b c d e f g h i j k", "search.too_many_words")]
    public void Empty_and_oversized_queries_are_refused_with_a_reason(string text, string code)
    {
        var result = SearchQuery.Parse(text);

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(code, error.Code);
        Assert.Equal("q", error.Field);
    }

    [Fact]
    public void A_query_over_200_characters_is_refused() =>
        Assert.Equal("search.too_long", SearchQuery.Parse(new string('a', 201)).Error?.Code);

    [Fact]
    public void A_word_is_looked_up_as_a_substring_by_its_stem_and_short_words_by_token_only()
    {
        var clauses = SearchQuery.Parse("Konzepte zu 146/2021").Value.Clauses;

        Assert.Equal(["konzept", null, "146/2021"], clauses.Select(c => c.Substring()));
        Assert.Equal([true, true, false], clauses.Select(c => c.MatchesTokenPrefix()));
    }
}
