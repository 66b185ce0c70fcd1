using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Data.Migrations;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Cli.Commands;

internal static class UsersCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "E-Mail-Adresse (Anmeldename)", Required = true };
        var password = new Option<string?>("--password") { Description = "Passwort (mind. 10 Zeichen); sonst aus RATSNETZ_PASSWORD" };
        var role = new Option<string>("--role") { Description = $"Rolle: {string.Join(", ", Roles.All)}", Required = true };
        var name = new Option<string?>("--name") { Description = "Anzeigename" };
        var person = new Option<int?>("--person") { Description = "Id der Person (für Mitglieder: Zugriff auf nichtöffentliche Teile ihrer Gremien)" };
        var organizations = new Option<int[]>("--organization") { Description = "Id eines Gremiums, das die Geschäftsführung betreut (mehrfach möglich)", AllowMultipleArgumentsPerToken = true };

        var add = new Command("add", "Legt ein lokales Benutzerkonto an");
        add.Options.Add(email);
        add.Options.Add(password);
        add.Options.Add(role);
        add.Options.Add(name);
        add.Options.Add(person);
        add.Options.Add(organizations);
        add.SetAction((parse, ct) => CommonOptions.RunAsync(async () =>
        {
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable("RATSNETZ_PASSWORD");
            if (string.IsNullOrEmpty(secret))
            {
                await Console.Error.WriteLineAsync("Fehler: Kein Passwort angegeben (--password oder RATSNETZ_PASSWORD).");
                return 2;
            }

            using var host = CommonOptions.BuildToolHost(CommonOptions.Overrides(parse));
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
            var account = new NewAccount(parse.GetValue(email)!, secret, parse.GetValue(role)!, parse.GetValue(name), parse.GetValue(person), parse.GetValue(organizations));
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().AddUserAsync(account, ct);
            if (result.IsError)
            {
                await Console.Error.WriteLineAsync($"Fehler: {result.Error!.Message}");
                return 2;
            }

            Console.WriteLine($"Konto {account.Email} ({account.Role}) angelegt.");
            return 0;
        }));

        var users = new Command("users", "Benutzerkonten verwalten");
        users.Subcommands.Add(add);
        return users;
    }
}
