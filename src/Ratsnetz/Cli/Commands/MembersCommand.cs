using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data.Migrations;

namespace Ratsnetz.Cli.Commands;

/// <summary>
/// <c>ratsnetz members --organization ID [--date JJJJ-MM-TT]</c>: who sat in a body on a day, by list, and for an
/// Integrationsrat its composition check. Membership is public, so no account is needed.
/// </summary>
internal static class MembersCommand
{
    public static Command Create()
    {
        var organization = new Option<int>("--organization") { Description = "Id des Gremiums", Required = true };
        var date = new Option<string?>("--date") { Description = "Stichtag JJJJ-MM-TT (Standard: alle Mitgliedschaften; Zusammensetzung zu heute)" };
        var members = new Command("members", "Zeigt die Mitglieder eines Gremiums an einem Stichtag und die Zusammensetzung (§ 27 GO NRW)");
        members.Options.Add(organization);
        members.Options.Add(date);
        members.SetAction((parse, ct) => CommonOptions.RunAsync(async () =>
        {
            DateOnly? onDate = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"Fehler: '{text}' ist kein Datum im Format JJJJ-MM-TT.");
                    return 2;
                }

                onDate = parsed;
            }

            using var host = CommonOptions.BuildToolHost(CommonOptions.Overrides(parse));
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
            var result = await scope.ServiceProvider.GetRequiredService<GetOrganizationDetailsHandler>()
                .HandleAsync(new GetOrganizationDetails(parse.GetValue(organization), onDate), ct);
            if (result.IsError)
            {
                await Console.Error.WriteLineAsync($"Fehler: {result.Error!.Message}");
                return 2;
            }

            Print(result.Value);
            return 0;
        }));
        return members;
    }

    private static void Print(OrganizationDetails details)
    {
        var day = details.OnDate is { } d ? $" am {d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}" : string.Empty;
        Console.WriteLine($"{details.Name} – Mitglieder{day}");
        foreach (var group in details.MemberGroups)
        {
            Console.WriteLine(group.Faction?.Name ?? "ohne Angabe");
            foreach (var member in group.Members)
            {
                var deputy = member.DeputyFor is { } seat ? $", vertritt {seat.Name}" : string.Empty;
                var mandate = member.Mandate switch
                {
                    MembershipMandate.DirectlyElected => ", direkt gewählt",
                    MembershipMandate.CouncilAppointed => ", vom Rat bestellt",
                    _ => string.Empty,
                };
                Console.WriteLine($"  {member.Person.Name}, {member.Role}{mandate}{deputy}");
            }
        }

        if (details.Composition is { } c && details.CompositionDate is { } on)
        {
            Console.WriteLine($"Zusammensetzung am {on.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: {c.DirectlyElectedSeats} direkt gewählt, "
                + $"{c.CouncilAppointedSeats} vom Rat bestellt, {c.Unstated} ohne Angabe, {c.Advisory} beratend, {c.Deputies} Stellvertretungen");
            if (!c.DirectlyElectedOutnumberAppointed)
            {
                Console.WriteLine("Warnung: Die direkt gewählten Mitglieder sind nicht in der Mehrheit (§ 27 GO NRW).");
            }
        }
    }
}
