using System.Globalization;
using System.Text;
using Ratsnetz.Bench;

namespace Ratsnetz.Cli.Commands;

/// <summary>The table <c>bench generate</c> prints: rows and rows per second per table, and the proportions reached.</summary>
internal static class BenchGenerateReport
{
    public static string Format(BenchGenerateResult result, string provider)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"table",-18} {"rows",12} {"seconds",9} {"rows/s",12}");
        foreach (var table in result.Tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{table.Table,-18} {table.Rows,12:N0} {table.Elapsed.TotalSeconds,9:F1} {table.RowsPerSecond,12:N0}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"total",-18} {result.Rows,12:N0} {result.Total.TotalSeconds,9:F1} {result.RowsPerSecond,12:N0}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"layout {result.Layout.TotalSeconds:F1} s, commit and statistics ({provider}) {result.Commit.TotalSeconds:F1} s");
        var rows = result.Tables.ToDictionary(t => t.Table, t => (double)t.Rows);
        var papers = rows[BenchTables.Papers.Name];
        text.AppendLine(CultureInfo.InvariantCulture,
            $"per paper: {rows[BenchTables.Files.Name] / papers:F2} files, {rows[BenchTables.Consultations.Name] / papers:F2} consultations; " +
            $"{rows[BenchTables.AgendaItems.Name] / rows[BenchTables.Meetings.Name]:F1} agenda items per meeting; " +
            $"{rows[BenchTables.Memberships.Name] / rows[BenchTables.People.Name]:F1} memberships per person");
        return text.ToString();
    }
}
