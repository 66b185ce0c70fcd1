namespace Ratsnetz.Search;

public sealed class SnippetsTests
{
    [Fact]
    public void The_passage_around_the_match_is_cut_with_ellipses_and_the_match_marked_as_written()
    {
        var text = string.Join(' ', Enumerable.Range(1, 60).Select(i => $"Wort{i}")) + " Das Integrationskonzept der Stadt Kamen wurde vorgestellt. "
            + string.Join(' ', Enumerable.Range(1, 60).Select(i => $"Ende{i}"));

        var parts = Snippets.Passage(text, ["konzept"]);

        var snippet = string.Concat(parts.Select(p => p.Text));
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Equal("Integrationskonzept", Assert.Single(parts, p => p.Highlighted).Text);
        Assert.Contains("Wort60 Das Integrationskonzept der Stadt Kamen", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Umlauts_match_in_either_spelling_and_line_breaks_are_flattened()
    {
        var parts = Snippets.Highlight("Herr\nÖzkir eröffnete", ["oezkir"]);

        Assert.Equal(["Herr ", "Özkir", " eröffnete"], parts.Select(p => p.Text));
        Assert.Equal([false, true, false], parts.Select(p => p.Highlighted));
    }

    [Fact]
    public void In_a_long_text_the_first_window_holding_the_most_distinct_words_is_chosen()
    {
        // One stem early, both stems only near the end of forty thousand words: the later window wins.
        var filler = string.Join(' ', Enumerable.Repeat("Sitzung der Verwaltung", 13_000));
        var text = $"Radverkehr zu Beginn. {filler} Das Radverkehrskonzept und der Lärmaktionsplan am Ende.";

        var passage = string.Concat(Snippets.Passage(text, ["radverkehr", "laermaktionsplan"]).Select(p => p.Text));

        Assert.EndsWith("Das Radverkehrskonzept und der Lärmaktionsplan am Ende", passage, StringComparison.Ordinal);
        Assert.StartsWith("… ", passage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_without_a_match_shows_its_beginning_and_an_empty_text_nothing()
    {
        Assert.Equal("Kurzer Text ohne Treffer", string.Concat(Snippets.Passage("Kurzer Text ohne Treffer", ["xyz"]).Select(p => p.Text)));
        Assert.Empty(Snippets.Passage(string.Empty, ["xyz"]));
    }

    [Theory]
    [InlineData("integrationskonzept", "integrationskonzpt", 1)]
    [InlineData("migrationsbeauftragt", "migrationsbeauftargt", 1)]
    [InlineData("kamen", "kamen", 0)]
    [InlineData("kamen", "bergkamen", 3)]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one_edit_and_stops_past_the_limit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b, limit: 2));
}
