using Microsoft.Playwright;

namespace Ratsnetz.Pages.Sessions;

/// <summary>
/// The Sitzungsdienst pages as a Geschäftsführung user works them: every step fills a form and submits it, which
/// reloads the page (no JavaScript involved), so each step ends on a page that can be checked by axe.
/// </summary>
public sealed class SessionPages(IPage page)
{
    public IPage Page => page;

    public ILocator Error => page.Locator("[data-testid=session-error]");

    public async Task SubmitAsync(string formSelector, string? buttonName = null)
    {
        var form = page.Locator(formSelector);
        var button = buttonName is null ? form.Locator("button[type=submit]").First : form.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = false });
        await button.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task SetSeatsAsync(int seats)
    {
        await page.FillAsync("#seats-seats", seats.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SubmitAsync("#seats");
    }

    public async Task SetTemplateAsync(string opening, string closing)
    {
        await page.FillAsync("#template-title0", opening);
        await page.SelectOptionAsync("#template-placement0", "Opening");
        await page.FillAsync("#template-title1", closing);
        await page.SelectOptionAsync("#template-placement1", "Closing");
        await SubmitAsync("#template");
    }

    /// <summary>Schedules one meeting; the page goes on to its agenda, whose id is returned.</summary>
    public async Task<int> ScheduleAsync(string date, string start)
    {
        await page.FillAsync("#schedule-dates", date);
        await page.FillAsync("#schedule-start", start);
        await SubmitAsync("#schedule");
        var segments = new Uri(page.Url).AbsolutePath.Split('/');
        return int.Parse(segments[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task AddItemAsync(bool isPublic, string title, string? parentNumber = null, string? paper = null)
    {
        await page.CheckAsync(isPublic ? "#add-part-a" : "#add-part-b");
        await page.FillAsync("#add-title", title);
        await page.SelectOptionAsync("#add-parentNumber", parentNumber ?? string.Empty);
        if (paper is not null)
        {
            await page.SelectOptionAsync("#add-paper", new SelectOptionValue { Label = paper });
        }

        await SubmitAsync("#add");
    }

    public ILocator AgendaItem(string title) => page.Locator("[data-testid=agenda-item]").Filter(new() { Has = page.Locator("legend", new() { HasText = title }) });

    public async Task MoveUpAsync(string title)
    {
        await AgendaItem(title).GetByRole(AriaRole.Button, new() { Name = "Nach oben" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task<IReadOnlyList<string>> ItemNumbersAsync(string part) =>
        await page.Locator($"[data-testid={part}] [data-testid=item-number]").AllInnerTextsAsync();

    public async Task RecordDispatchAsync(string isoDate)
    {
        await page.FillAsync("#sent-sentOn", isoDate);
        await SubmitAsync("#sent");
    }

    public async Task OpenAsync(string linkName)
    {
        await page.Locator("[data-testid=session-nav]").GetByRole(AriaRole.Link, new() { Name = linkName }).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task PickItemAsync(string label)
    {
        await page.Locator("[data-testid=pick-item]").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^{System.Text.RegularExpressions.Regex.Escape(label)}$") }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Records one listed person's attendance on the live page (times as HH:mm, empty for none).</summary>
    public async Task RecordAttendanceAsync(string name, string status, string role, string from = "", string until = "", string? substituteFor = null)
    {
        var card = page.Locator("[data-testid=attendance-person]").Filter(new() { Has = page.Locator("legend", new() { HasText = name }) });
        await card.Locator("select[name=status]").SelectOptionAsync(status);
        await card.Locator("select[name=role]").SelectOptionAsync(role);
        await card.Locator("input[name=from]").FillAsync(from);
        await card.Locator("input[name=until]").FillAsync(until);
        if (substituteFor is not null)
        {
            await card.Locator("select[name=substituteFor]").SelectOptionAsync(new SelectOptionValue { Label = substituteFor });
        }

        await card.Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Records anyone: on their card when listed (members, people recorded), else with the form for others.</summary>
    public async Task RecordPersonAsync(string name, string status, string role, string from = "", string until = "", string? substituteFor = null)
    {
        var card = page.Locator("[data-testid=attendance-person]").Filter(new() { Has = page.Locator("legend", new() { HasText = name }) });
        if (await card.CountAsync() > 0)
        {
            await RecordAttendanceAsync(name, status, role, from, until, substituteFor);
        }
        else
        {
            await RecordOtherPersonAsync(name, status, role, from, substituteFor);
        }
    }

    /// <summary>Adds a person who is not a member (administration, guest, substitute) with the form below the cards.</summary>
    public async Task RecordOtherPersonAsync(string name, string status, string role, string from = "", string? substituteFor = null)
    {
        await page.SelectOptionAsync("#other-person", new SelectOptionValue { Label = name });
        await page.SelectOptionAsync("#other-status", status);
        await page.SelectOptionAsync("#other-role", role);
        await page.FillAsync("#other-from", from);
        await page.SelectOptionAsync("#other-substituteFor", substituteFor is null ? [new SelectOptionValue { Value = string.Empty }] : [new SelectOptionValue { Label = substituteFor }]);
        await SubmitAsync("#other");
    }

    public async Task DeclareBiasAsync(string name, string note)
    {
        await page.SelectOptionAsync("#bias-person", new SelectOptionValue { Label = name });
        await page.FillAsync("#bias-note", note);
        await SubmitAsync("#bias");
    }

    public async Task AddSpeakerAsync(string name, string? note = null)
    {
        await page.SelectOptionAsync("#speaker-person", new SelectOptionValue { Label = name });
        await page.FillAsync("#speaker-note", note ?? string.Empty);
        await SubmitAsync("#speaker");
    }

    public async Task VoteCountsAsync(int yes, int no, int abstentions, string resolution)
    {
        await page.CheckAsync("#vote-mode-Counts");
        await page.FillAsync("#vote-yes", $"{yes}");
        await page.FillAsync("#vote-no", $"{no}");
        await page.FillAsync("#vote-abstentions", $"{abstentions}");
        await page.FillAsync("#vote-resolution", resolution);
        await SubmitAsync("#vote");
    }

    /// <summary>A roll call: each named voter's ballot ("Yes", "No", "Abstain"); the others cast none.</summary>
    public async Task VoteRollCallAsync(IReadOnlyDictionary<string, string> ballots, string resolution)
    {
        await page.CheckAsync("#vote-mode-RollCall");
        await page.FillAsync("#vote-yes", string.Empty);
        await page.FillAsync("#vote-no", string.Empty);
        await page.FillAsync("#vote-abstentions", string.Empty);
        foreach (var (name, ballot) in ballots)
        {
            var voter = page.Locator("[data-testid=ballot]").Filter(new() { Has = page.Locator("legend", new() { HasText = name }) });
            await voter.Locator($"input[value={ballot}]").CheckAsync();
        }

        await page.FillAsync("#vote-resolution", resolution);
        await SubmitAsync("#vote");
    }

    public async Task<string> VoteResultAsync() => await page.Locator("[data-testid=vote-result]").InnerTextAsync();

    /// <summary>Shows the quorum at a given local time (the page's own GET form).</summary>
    public async Task CheckQuorumAtAsync(string time)
    {
        await page.FillAsync("#quorum-at", time);
        await page.Locator("[data-testid=quorum] form button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task<string> QuorumAsync() => await page.Locator("[data-testid=quorum-state]").InnerTextAsync();
}
