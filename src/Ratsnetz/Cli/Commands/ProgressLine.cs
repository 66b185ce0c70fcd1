namespace Ratsnetz.Cli.Commands;

/// <summary>A progress bar on stderr that redraws in place on a terminal and stays silent when output is redirected.</summary>
internal sealed class ProgressLine(int total)
{
    private const int Width = 30;
    private readonly bool _interactive = !Console.IsErrorRedirected;

    public void Show(int done, string current)
    {
        if (!_interactive || total == 0)
        {
            return;
        }

        var filled = done * Width / total;
        var label = current.Length > 40 ? current[..37] + "…" : current;
        Console.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {label,-40}");
    }

    public void Clear()
    {
        if (_interactive && total > 0)
        {
            Console.Error.Write($"\r{new string(' ', Width + 60)}\r");
        }
    }
}
