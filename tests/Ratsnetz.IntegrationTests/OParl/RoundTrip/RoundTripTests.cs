using Microsoft.Extensions.Logging.Abstractions;
using Ratsnetz.Import.OParl;
using Ratsnetz.Testing;

namespace Ratsnetz.OParl.RoundTrip;

/// <summary>
/// Ratsnetz A publishes its data through OParl, Ratsnetz B mirrors it, and B's OParl API then publishes the same
/// objects: the API and the mirror agree on every field both understand.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly string[] Types = ["Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File"];

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_mirror_of_a_ratsnetz_publishes_the_same_objects(DatabaseKind kind)
    {
        var source = await DemoPortal.GetAsync(kind);
        var mirrorDatabase = await TestDatabases.CreateAsync(kind);
        var clock = new TestClock();
        var systemA = new Uri(source.BaseAddress, "/oparl/v1/system");

        using (var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan })
        using (var client = new OParlClient(http, new OParlClientOptions(), clock, NullLogger<OParlClient>.Instance))
        await using (var db = mirrorDatabase.CreateContext(clock))
        {
            var mirrored = await new MirrorOParlSystemHandler(db, client, clock, NullLogger<MirrorOParlSystemHandler>.Instance)
                .HandleAsync(new MirrorOParlSystem(systemA.ToString()), TestContext.Current.CancellationToken);
            Assert.True(mirrored.IsSuccess, mirrored.Error?.Message);
        }

        await using var mirror = await PortalServer.StartAsync(mirrorDatabase, demo: false);
        using var clientA = source.CreateClient();
        using var clientB = mirror.CreateClient();
        var a = await OParlSnapshot.TakeAsync(clientA, systemA);
        var b = await OParlSnapshot.TakeAsync(clientB, new Uri(mirror.BaseAddress, "/oparl/v1/system"));

        foreach (var type in Types)
        {
            Assert.NotEmpty(a.Lines(type));
            Assert.Equal(a.Lines(type), b.Lines(type));
        }
    }
}
