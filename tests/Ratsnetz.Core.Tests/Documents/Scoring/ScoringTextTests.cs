namespace Ratsnetz.Documents.Scoring;

public sealed class ScoringTextTests
{
    [Theory]
    [InlineData("  Integrations-\nrat  der   Stadt ", "integrationsrat der stadt")]
    [InlineData("Haupt-\nund Finanzausschuss", "haupt- und finanzausschuss")]
    [InlineData("STRASSE und Straße", "strasse und strasse")]
    [InlineData("U\u0308bersicht", "übersicht")]
    [InlineData(null, "")]
    public void Normalisation_joins_hyphenated_breaks_folds_case_and_collapses_space(string? input, string expected)
    {
        Assert.Equal(expected, ScoringText.Normalize(input));
    }

    [Fact]
    public void Diacritics_fold_including_the_turkish_dotless_i()
    {
        Assert.Equal("ayyildiz gursel ozturk", ScoringText.FoldDiacritics("ayyıldız gürsel öztürk"));
    }

    [Theory]
    [InlineData("Kemal Öztürk", "Kemal Oztiirk", true)]
    [InlineData("Bernd Schäfer", "Bernd Schéfer", true)]
    [InlineData("Aydin Ayyildiz", "Aydın Ayyıldız", true)]
    [InlineData("Dr. Matz", "Dr Matz", true)]
    [InlineData("Andre Rocholl", "Thomas Heinzel", false)]
    [InlineData("Busch", "Bosch", false)]
    [InlineData("Eroglu", "Eroğlu", true)]
    public void Names_match_without_diacritics_and_with_small_ocr_differences(string gold, string extracted, bool same)
    {
        Assert.Equal(same, NameMatcher.Similarity(gold, extracted) > 0);
    }

    [Fact]
    public void An_exact_name_beats_an_ocr_variant()
    {
        Assert.True(NameMatcher.Similarity("Kemal Öztürk", "Kemal Öztürk") > NameMatcher.Similarity("Kemal Öztürk", "Kemal Oztiirk"));
    }

    [Theory]
    [InlineData("TOP 3.", "3")]
    [InlineData("3.1", "3.1")]
    [InlineData(" Top 12 ", "12")]
    public void Agenda_numbers_compare_without_top_and_trailing_dots(string input, string expected)
    {
        Assert.Equal(expected, ValueComparer.AgendaNumber(input));
    }
}
