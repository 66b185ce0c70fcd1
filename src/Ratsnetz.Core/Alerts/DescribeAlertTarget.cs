using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Alerts;

/// <summary>Names what a subscribe form would follow, or says why it cannot be followed (unknown body or person, invalid search).</summary>
public sealed record DescribeAlertTarget(AlertTarget Target);

public sealed class DescribeAlertTargetHandler(AppDbContext db)
{
    public Task<Result<string>> HandleAsync(DescribeAlertTarget request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AlertLabels.DescribeAsync(db, request.Target, ct);
    }
}
