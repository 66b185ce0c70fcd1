namespace Ratsnetz.Search;

public sealed class GermanFoldingTests
{
    [Theory]
    [InlineData("Özkir", "oezkir")]
    [InlineData("Oezkir", "oezkir")]
    [InlineData("Gürcü", "guercue")]
    [InlineData("Straße", "strasse")]
    [InlineData("ÄRGER", "aerger")]
    [InlineData("Café René", "cafe rene")]
    [InlineData("146/2021", "146/2021")]
    public void Umlauts_capitals_and_accents_fold_to_one_spelling(string text, string folded) =>
        Assert.Equal(folded, GermanFolding.Fold(text));

    [Fact]
    public void Runs_of_white_space_and_line_breaks_become_one_space_so_phrases_match_across_lines() =>
        Assert.Equal("kommunales integrationszentrum", GermanFolding.Fold("  Kommunales\r\n\t Integrationszentrum \n"));

    [Fact]
    public void Words_are_split_at_hyphens_and_slashes_and_keep_their_place_in_the_original()
    {
        var words = WordTokens.Read("Integrations-Konzept, Nr. 146/2021").ToList();

        Assert.Equal(["integrations", "konzept", "nr", "146", "2021"], words.Select(w => w.Folded));
        Assert.Equal("Konzept", "Integrations-Konzept, Nr. 146/2021".Substring(words[1].Start, words[1].Length));
    }
}
