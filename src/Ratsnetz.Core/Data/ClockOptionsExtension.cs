using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Data;

/// <summary>
/// Carries the clock that stamps <c>created</c>/<c>modified</c> in the context's options rather than its constructor,
/// because a pooled context (<c>AddDbContextPool</c>) may take nothing but its options. It adds no EF services.
/// </summary>
public sealed class ClockOptionsExtension(TimeProvider clock) : IDbContextOptionsExtension
{
    public TimeProvider Clock { get; } = clock;

    public DbContextOptionsExtensionInfo Info => new ClockInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ClockInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => string.Empty;

        // The clock changes no EF service: contexts with different clocks share one internal service provider.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ClockInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}

/// <summary>Sets the clock of <see cref="AppDbContext"/>.</summary>
public static class ClockOptions
{
    public static DbContextOptionsBuilder UseClock(this DbContextOptionsBuilder options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ClockOptionsExtension(clock));
        return options;
    }
}
