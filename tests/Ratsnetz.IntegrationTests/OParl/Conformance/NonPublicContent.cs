using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// What the anonymous API must never show, read from the database: the texts of non-public agenda items (part B),
/// papers and files, and the URLs these objects would have. A text that a public object also carries (part B of
/// Kamen repeats the standard title "Mitteilungen der Verwaltung und Anfragen") is no leak and is left out.
/// </summary>
public sealed record NonPublicContent(IReadOnlyCollection<string> Texts, IReadOnlyCollection<string> Urls)
{
    public static async Task<NonPublicContent> LoadAsync(PortalServer server) =>
        await DemoLookup.WithDbAsync(server, async db =>
        {
            var items = await db.AgendaItems.AsNoTracking().Select(i => new { i.Id, i.IsPublic, i.Title, i.Summary, i.ResolutionText }).ToListAsync();
            var papers = await db.Papers.AsNoTracking().Select(p => new { p.Id, p.IsPublic, p.Name, p.Summary }).ToListAsync();
            var files = await db.Files.AsNoTracking().Select(f => new { f.Id, f.IsPublic, f.Name, f.AgendaItemId, f.PaperId }).ToListAsync();
            var hiddenItems = items.Where(i => !i.IsPublic).Select(i => i.Id).ToHashSet();
            var hiddenPapers = papers.Where(p => !p.IsPublic).Select(p => p.Id).ToHashSet();
            var hiddenFiles = files.Where(f => !f.IsPublic
                || (f.AgendaItemId is { } item && hiddenItems.Contains(item))
                || (f.PaperId is { } paper && hiddenPapers.Contains(paper))).ToList();

            var publicTexts = items.Where(i => i.IsPublic).SelectMany(i => new[] { i.Title, i.Summary, i.ResolutionText })
                .Concat(papers.Where(p => p.IsPublic).SelectMany(p => new[] { p.Name, p.Summary }))
                .Concat(files.Where(f => !hiddenFiles.Any(h => h.Id == f.Id)).Select(f => f.Name))
                .OfType<string>().ToHashSet(StringComparer.Ordinal);
            var texts = items.Where(i => !i.IsPublic).SelectMany(i => new[] { i.Title, i.Summary, i.ResolutionText })
                .Concat(papers.Where(p => !p.IsPublic).SelectMany(p => new[] { p.Name, p.Summary }))
                .Concat(hiddenFiles.Select(f => f.Name))
                .OfType<string>().Where(t => !publicTexts.Contains(t)).Distinct(StringComparer.Ordinal).ToList();

            var api = new Uri(server.BaseAddress, "/oparl/v1/").ToString();
            var urls = hiddenItems.Select(id => $"{api}agenda-items/{id}")
                .Concat(hiddenPapers.Select(id => $"{api}papers/{id}"))
                .Concat(hiddenFiles.Select(f => $"{api}files/{f.Id}"))
                .ToHashSet(StringComparer.Ordinal);
            return new NonPublicContent(texts, urls);
        });
}
