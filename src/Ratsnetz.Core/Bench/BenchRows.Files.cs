using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Ratsnetz.Bench;

/// <summary>Rows of files and their contents; both passes walk <see cref="BenchFile.All"/> and regenerate the same bytes.</summary>
internal static partial class BenchRows
{
    public static void Files(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var (file, text, bytes, sha256) in Rendered(layout, hash: true))
        {
            var random = BenchRandom.For(layout.Seed, BenchStream.File, -2_000_000_000L - file.Id);
            var created = BenchCalendar.At(file.Date, ref random);
            w.Number(file.Id);
            w.Text(file.FileName);
            w.Text(file.Name);
            w.Text(BenchFileContent.MediaType(file));
            w.BigNumber(bytes.LongLength);
            w.Text(sha256);
            w.Text(text);
            w.Number((int)file.Role);
            w.Bool(file.IsPublic);
            w.Date(file.Date);
            w.Number(file.MeetingId);
            w.Number(file.ItemId);
            w.Number(file.PaperId);
            rows.Stamps(created, BenchCalendar.Modified(created, ref random), file.Deleted);
        }
    }

    public static void FileContents(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        foreach (var rendered in Rendered(layout, hash: false))
        {
            w.Number(rendered.File.Id);
            w.Bytes(rendered.Bytes);
            rows.EndRow();
        }
    }

    /// <summary>
    /// Files with text, bytes and hash, rendered on another thread while this one writes: rendering (text, PDF,
    /// SHA-256) costs about as much as writing, and a machine has more than one core.
    /// </summary>
    private static IEnumerable<RenderedFile> Rendered(BenchLayout layout, bool hash)
    {
        using var queue = new BlockingCollection<RenderedFile>(boundedCapacity: 4_096);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() =>
        {
            try
            {
                foreach (var file in BenchFile.All(layout))
                {
                    var text = BenchFileContent.Text(layout.Seed, file);
                    var bytes = BenchFileContent.Bytes(file, text);
                    queue.Add(new RenderedFile(file, text, bytes, hash ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null), stop.Token);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        try
        {
            foreach (var rendered in queue.GetConsumingEnumerable())
            {
                yield return rendered;
            }
        }
        finally
        {
            // The writer may stop early (an error, Ctrl+C); the producer must not wait for room forever.
            stop.Cancel();
            try
            {
                producer.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private sealed record RenderedFile(BenchFile File, string Text, byte[] Bytes, string? Sha256);
}
