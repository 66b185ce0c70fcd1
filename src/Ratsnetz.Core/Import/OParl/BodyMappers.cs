using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.LegislativeTerms;

namespace Ratsnetz.Import.OParl;

internal sealed class BodyMapper : RemoteMapper
{
    public override string Type => "Body";

    public override int Rank => -1;

    public override System.Type EntityType => typeof(Body);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var name = Fit(json.Field("name") ?? json.Field("shortName"), 300);
        if (name is null)
        {
            return Applied.Fail("body without name");
        }

        var shortName = Fit(json.Field("shortName"), 150);
        var classification = Fit(json.Field("classification"), 100);
        var website = Fit(json.Field("website"), 500);
        if (existingId is { } id && await session.Db.Bodies.FindAsync([id], ct) is { } body)
        {
            body.Describe(name, shortName, classification, website);
            return body;
        }

        var created = new Body(name, shortName ?? name, classification, website);
        session.Db.Add(created);
        return created;
    }
}

internal sealed class LegislativeTermMapper : RemoteMapper
{
    public override string Type => "LegislativeTerm";

    public override int Rank => 0;

    public override System.Type EntityType => typeof(LegislativeTerm);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var name = Fit(json.Field("name"), 200) ?? "Wahlperiode";
        var start = OParlDates.ParseDate(json.Field("startDate"));
        var end = OParlDates.ParseDate(json.Field("endDate"));
        if (start is { } from && end is { } until && until < from)
        {
            end = null;
        }

        if (existingId is { } id && await session.Db.LegislativeTerms.FindAsync([id], ct) is { } term)
        {
            var revised = term.Revise(name, start, end);
            return revised.IsError ? Applied.Fail(revised.Error!.Code) : term;
        }

        var bodyId = (remote.Parent is { Type: "Body" } parent ? session.IdOf(parent.Url) : null) ?? session.BodyId;
        var created = LegislativeTerm.Create(bodyId, name, start, end);
        if (created.IsError)
        {
            return Applied.Fail(created.Error!.Code);
        }

        session.Db.Add(created.Value);
        return created.Value;
    }
}
