namespace Ratsnetz.Search;

public sealed class GermanStemmerTests
{
    [Theory]
    [InlineData("integrationskonzepte", "integrationskonzept")]
    [InlineData("integrationskonzeptes", "integrationskonzept")]
    [InlineData("integrationskonzept", "integrationskonzept")]
    [InlineData("sitzungen", "sitzung")]
    [InlineData("sitzung", "sitzung")]
    [InlineData("migrationsbeauftragten", "migrationsbeauftragt")]
    [InlineData("migrationsbeauftragte", "migrationsbeauftragt")]
    [InlineData("kamen", "kam")]
    public void Inflected_forms_share_a_stem(string word, string stem) =>
        Assert.Equal(stem, GermanStemmer.Stem(word));

    [Theory]
    [InlineData("aufeinanderfolgenden")]
    [InlineData("beschlussfassung")]
    [InlineData("fluechtlingsangelegenheiten")]
    [InlineData("oeffentlichkeit")]
    [InlineData("ergebnisse")]
    public void A_stem_is_always_a_prefix_of_its_folded_word_which_the_substring_index_relies_on(string word) =>
        Assert.StartsWith(GermanStemmer.Stem(word), word, StringComparison.Ordinal);

    [Theory]
    [InlineData("ab")]
    [InlineData("2021")]
    [InlineData("łódź")]
    public void Short_words_numbers_and_letters_outside_the_alphabet_stay_as_they_are(string word) =>
        Assert.Equal(word, GermanStemmer.Stem(word));
}
