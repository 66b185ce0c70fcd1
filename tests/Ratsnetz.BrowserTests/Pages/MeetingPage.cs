using Microsoft.Playwright;

namespace Ratsnetz.Pages;

/// <summary>The meeting page (Sitzung) as a user sees it.</summary>
public sealed class MeetingPage(IPage page)
{
    private static class Selectors
    {
        public const string Chair = "[data-testid=meeting-chair]";
        public const string MinuteTaker = "[data-testid=meeting-minute-taker]";
        public const string Attendee = "[data-testid=attendee]";
        public const string Absentee = "[data-testid=absentee]";
        public const string PublicItem = "[data-testid=agenda-item][data-public=true]";
        public const string NonPublicItem = "[data-testid=agenda-item][data-public=false]";
    }

    public Task<string> ChairAsync() => page.Locator(Selectors.Chair).InnerTextAsync();

    public Task<string> MinuteTakerAsync() => page.Locator(Selectors.MinuteTaker).InnerTextAsync();

    public Task<int> AttendeeCountAsync() => page.Locator(Selectors.Attendee).CountAsync();

    public Task<int> AbsenteeCountAsync() => page.Locator(Selectors.Absentee).CountAsync();

    public Task<int> PublicItemCountAsync() => page.Locator(Selectors.PublicItem).CountAsync();

    public ILocator NonPublicItems => page.Locator(Selectors.NonPublicItem);

    public ILocator PublicItem(string text) => page.Locator(Selectors.PublicItem).Filter(new LocatorFilterOptions { HasText = text });
}
