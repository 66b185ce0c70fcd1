using System.Text.Json;
using Ratsnetz.Import.OParl;

namespace Ratsnetz.Import.OParl;

public sealed class RemoteObjectTests
{
    private const string Meeting = """
        { "id": "https://ris.example/meetings/1", "type": "https://schema.oparl.org/1.0/Meeting", "name": "Sitzung", "organization": "https://ris.example/organizations/1",
          "agendaItem": [ { "id": "https://ris.example/agendaitems/1", "name": "Punkt 1",
                            "auxiliaryFile": [ { "id": "https://ris.example/files/1", "name": "Anlage" } ] },
                          { "name": "ohne id" } ],
          "location": { "id": "https://ris.example/locations/1", "streetAddress": "", "locality": "" } }
        """;

    [Fact]
    public void Flattening_yields_parents_first_types_from_the_context_and_reports_objects_without_id()
    {
        var withoutId = new List<string>();

        var objects = RemoteObject.Flatten(Parse(Meeting), "Meeting", null, withoutId);

        Assert.Equal(["Meeting", "AgendaItem", "File"], objects.Select(o => o.Type));
        Assert.Equal(new RemoteParent("https://ris.example/agendaitems/1", "AgendaItem", "auxiliaryFile"), objects[2].Parent);
        Assert.Equal(["AgendaItem"], withoutId);
    }

    [Fact]
    public void A_change_inside_an_embedded_object_does_not_change_its_parents_hash()
    {
        var before = RemoteObject.Flatten(Parse(Meeting), "Meeting", null, []);
        var after = RemoteObject.Flatten(Parse(Meeting.Replace("Punkt 1", "Punkt eins", StringComparison.Ordinal)), "Meeting", null, []);
        var renamed = RemoteObject.Flatten(Parse(Meeting.Replace("\"Sitzung\"", "\"Sondersitzung\"", StringComparison.Ordinal)), "Meeting", null, []);

        Assert.Equal(before[0].ContentHash(), after[0].ContentHash());
        Assert.NotEqual(before[1].ContentHash(), after[1].ContentHash());
        Assert.NotEqual(before[0].ContentHash(), renamed[0].ContentHash());
    }

    [Fact]
    public void Fields_are_read_tolerantly_whether_one_value_or_an_array_is_sent()
    {
        var json = Parse("""{ "title": "Dr.", "organization": ["a", "b"], "public": "true", "order": "3", "name": "  ", "type": "https://schema.oparl.org/1.1/Paper" }""");

        Assert.Equal(["Dr."], json.Strings("title"));
        Assert.Equal("a", json.Reference("organization"));
        Assert.True(json.Flag("public"));
        Assert.Equal(3, json.Number("order"));
        Assert.Null(json.Field("name"));
        Assert.Equal("Paper", json.TypeName());
    }

    [Theory]
    [InlineData(null, null, "Prof. Dr. Max Mustermann", "Mustermann", "Max")]
    [InlineData("Yilmaz", "Ayşe", "Dr. Ayşe Yilmaz", "Yilmaz", "Ayşe")]
    [InlineData(null, null, "Kuru", "Kuru", null)]
    public void A_person_given_only_a_name_gets_its_last_word_as_family_name(string? family, string? given, string name, string expectedFamily, string? expectedGiven)
    {
        Assert.Equal((expectedFamily, expectedGiven), PersonMapper.Names(family, given, name));
    }

    private static JsonElement Parse(string json) => JsonSerializer.Deserialize<JsonElement>(json);
}
