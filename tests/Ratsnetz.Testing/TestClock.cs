namespace Ratsnetz.Testing;

/// <summary>A clock the test sets; the default is a fixed date so that results never depend on the day.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = now;

    public TestClock()
        : this(DefaultNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
