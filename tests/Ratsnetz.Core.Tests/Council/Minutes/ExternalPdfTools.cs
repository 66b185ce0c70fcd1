using System.Diagnostics;

namespace Ratsnetz.Council.Minutes;

/// <summary>Runs poppler's pdftotext and pdftoppm on generated PDFs; tests skip with a reason when they are missing.</summary>
internal static class ExternalPdfTools
{
    public static string OutputDirectory
    {
        get
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "minutes-rendering");
            Directory.CreateDirectory(directory);
            return directory;
        }
    }

    public static string Text(byte[] pdf, string name)
    {
        var path = Path.Combine(OutputDirectory, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return Run("pdftotext", "-layout", path, "-");
    }

    /// <summary>Renders page 1 to PNG beside the PDF so a person can look at the layout; returns the PNG path.</summary>
    public static string FirstPagePng(byte[] pdf, string name)
    {
        var pdfPath = Path.Combine(OutputDirectory, name + ".pdf");
        File.WriteAllBytes(pdfPath, pdf);
        var prefix = Path.Combine(OutputDirectory, name);
        Run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix);
        return prefix + ".png";
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip($"{tool} is not installed (Debian package poppler-utils); the PDF cannot be opened in this test.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
            return output;
        }
    }
}
