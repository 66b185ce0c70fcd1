using System.CommandLine;
using Ratsnetz.Cli.Commands;

namespace Ratsnetz.Cli;

/// <summary>The verbs of the one executable. Each resolves the same Core handlers the web pages use.</summary>
public static class RatsnetzCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Ratsnetz – Ratsinformation und Integrationsmanagement für Kommunen");
        root.Options.Add(CommonOptions.DataDirectory);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(MembersCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(OParlCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create());
        return root;
    }
}
