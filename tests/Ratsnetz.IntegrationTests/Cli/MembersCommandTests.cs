using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Testing;

namespace Ratsnetz.Cli;

/// <summary><c>ratsnetz members</c> answers who sat in a body on a day, and checks an Integrationsrat's composition.</summary>
public sealed class MembersCommandTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Members_lists_the_Kamen_Integrationsrat_on_a_day_with_its_composition_warning(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(kind);
        var environment = CommandLineTests.Environment(database);
        Assert.Equal(0, (await RatsnetzProcess.RunAsync(["db", "seed"], environment)).ExitCode);
        int council;
        await using (var db = database.CreateContext())
        {
            council = await db.Organizations.Where(o => o.Kind == OrganizationKind.IntegrationCouncil && o.Name == "Integrationsrat der Stadt Kamen")
                .Select(o => o.Id).SingleAsync();
        }

        var id = council.ToString(CultureInfo.InvariantCulture);
        var listed = await RatsnetzProcess.RunAsync(["members", "--organization", id, "--date", "2021-11-04"], environment);
        var badDate = await RatsnetzProcess.RunAsync(["members", "--organization", id, "--date", "4.11.2021"], environment);

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("Mitglieder am 04.11.2021", listed.Output, StringComparison.Ordinal);
        Assert.Contains("Aziz Özkir, Chair, direkt gewählt", listed.Output, StringComparison.Ordinal);
        Assert.Contains("6 direkt gewählt, 6 vom Rat bestellt, 4 ohne Angabe", listed.Output, StringComparison.Ordinal);
        Assert.Contains("Warnung", listed.Output, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("JJJJ-MM-TT", badDate.Error, StringComparison.Ordinal);
    }
}
