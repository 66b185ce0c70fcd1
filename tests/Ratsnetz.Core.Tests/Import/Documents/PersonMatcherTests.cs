using Ratsnetz.Import.Documents;

namespace Ratsnetz.Import.Documents;

public sealed class PersonMatcherTests
{
    private static readonly PersonCandidate Oezkir = new(1, "Aziz", "Özkir");
    private static readonly PersonCandidate Lindemann = new(2, "Ruthild", "Lindemann-Opfermann");
    private static readonly PersonCandidate Schulze = new(3, "Hanna", "Schulze");
    private static readonly PersonCandidate Kuru = new(4, "Gökçen", "Kuru");
    private static readonly PersonCandidate Guerbiz = new(5, "Hüseyin", "Gürbiz");
    private static readonly PersonCandidate[] Body = [Oezkir, Lindemann, Schulze, Kuru, Guerbiz];

    [Theory]
    [InlineData("Aziz Özkir", 1)]
    [InlineData("Aziz Oezkir", 1)]
    [InlineData("Kuru", 4)]
    [InlineData("Dr. Hanna Schulze", 3)]
    public void Full_names_and_unique_surnames_match_with_certainty(string written, int expected)
    {
        var match = PersonMatcher.Match(written, [], Body);

        Assert.Equal(expected, match.PersonId);
        Assert.Null(match.Uncertainty);
    }

    [Theory]
    [InlineData("Özki", 1)]
    [InlineData("Lindemann", 2)]
    [InlineData("Hiseyin Glrbiz", 5)]
    public void Misspellings_and_surname_prefixes_match_but_are_flagged(string written, int expected)
    {
        var match = PersonMatcher.Match(written, [], Body);

        Assert.Equal(expected, match.PersonId);
        Assert.NotNull(match.Uncertainty);
    }

    [Fact]
    public void A_surname_shared_by_two_people_matches_nobody_unless_one_is_in_view()
    {
        PersonCandidate otherSchulze = new(9, "Klaus", "Schulze");
        PersonCandidate[] body = [Schulze, otherSchulze];

        Assert.Null(PersonMatcher.Match("Schulze", [], body).PersonId);
        Assert.Equal(3, PersonMatcher.Match("Schulze", [Schulze], body).PersonId);
    }

    [Fact]
    public void A_different_given_name_is_a_different_person()
    {
        Assert.Null(PersonMatcher.Match("Klaus Schulze", [], Body).PersonId);
    }

    [Fact]
    public void An_unknown_name_matches_nobody()
    {
        Assert.Null(PersonMatcher.Match("Brigitte Langer", [], Body).PersonId);
        Assert.Null(PersonMatcher.Match("  ", [], Body).PersonId);
    }

    [Fact]
    public void A_compound_surname_is_not_taken_for_its_first_part_with_a_given_name()
    {
        PersonCandidate landrat = new(7, null, "Schulze Pellengahr");

        Assert.Equal(7, PersonMatcher.Match("Schulze Pellengahr", [], [landrat]).PersonId);
        Assert.Null(PersonMatcher.Match("Hanna Schulze", [], [landrat]).PersonId);
    }
}
