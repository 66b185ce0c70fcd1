namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// Lays the minutes out in the order of the records (see the Kamen and Bergkamen minutes): header, attendance by
/// list, others present, excused members, the agenda in parts A and B, the deliberation per item, addenda and the
/// signature lines.
/// </summary>
public static class MinutesLayout
{
    public static LaidOutDocument Lay(MinutesDocument minutes)
    {
        var header = minutes.Header;
        var blocks = new List<Block>
        {
            new HeadingBlock(1, $"{GermanText.Minutes} – {header.OrganizationName}"),
            new FactsBlock(HeaderFacts.Of(header)),
        };
        if (minutes.Status.State == MinutesState.Draft)
        {
            blocks.Add(new ParagraphBlock(GermanText.Draft, Emphasis: true));
        }

        if (minutes.Variant == MinutesVariant.Public)
        {
            blocks.Add(new ParagraphBlock(GermanText.PublicVersion, Emphasis: true));
        }

        AddAttendance(blocks, minutes);
        if (minutes.OpeningRemarks is { } remarks)
        {
            blocks.Add(new ParagraphBlock(remarks));
        }

        blocks.Add(new HeadingBlock(2, GermanText.Agenda));
        blocks.Add(AgendaTable(GermanText.PartA, minutes.PublicPart));
        if (minutes.HasNonPublicPart)
        {
            blocks.Add(AgendaTable(GermanText.PartB, minutes.NonPublicPart));
        }

        AddPart(blocks, GermanText.PartA, minutes.PublicPart);
        if (minutes.HasNonPublicPart)
        {
            AddPart(blocks, GermanText.PartB, minutes.NonPublicPart);
        }

        AddAddenda(blocks, minutes.Addenda);
        blocks.Add(new HeadingBlock(2, GermanText.Signatures));
        blocks.Add(new SignatureBlock(minutes.Signatures
            .Select(s => (s.Role == SignatureRole.Chair ? GermanText.Chair : GermanText.MinuteTaker, s.Name,
                s.SignedAtUtc is { } at ? GermanText.SignedOn(at) : null))
            .ToList()));
        var running = $"{GermanText.Minutes} {header.OrganizationName}{(header.Date is { } d ? ", " + GermanText.DateShort(d) : string.Empty)}";
        return new LaidOutDocument($"{GermanText.Minutes} – {header.OrganizationName}", running, blocks);
    }

    private static void AddAttendance(List<Block> blocks, MinutesDocument minutes)
    {
        blocks.Add(new HeadingBlock(2, GermanText.Present));
        foreach (var section in minutes.Members)
        {
            blocks.Add(AttendanceTable(section.Heading ?? GermanText.Members, section.People));
        }

        if (minutes.Others.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, GermanText.OthersPresent));
            foreach (var section in minutes.Others)
            {
                blocks.Add(AttendanceTable(section.Heading ?? GermanText.OthersPresent, section.People));
            }
        }

        AddPeopleList(blocks, GermanText.Excused, minutes.Excused);
        AddPeopleList(blocks, GermanText.AbsentWithoutExcuse, minutes.AbsentWithoutExcuse);
    }

    private static TableBlock AttendanceTable(string caption, IReadOnlyList<MinutesPerson> people) => new(
        caption,
        [GermanText.Name, GermanText.Role, GermanText.Presence, GermanText.SubstituteFor],
        people.Select(p => (IReadOnlyList<string>)[p.DisplayName, p.Function ?? GermanText.RoleName(p.Role), Presence(p), p.SubstituteFor ?? string.Empty]).ToList());

    private static string Presence(MinutesPerson person)
    {
        var parts = new List<string>();
        if (person.From is { } from)
        {
            parts.Add($"ab {GermanText.Clock(from)}");
        }
        else if (person.FromAgendaNumber is { } fromItem)
        {
            parts.Add($"ab {GermanText.Item} {fromItem}");
        }

        if (person.Until is { } until)
        {
            parts.Add($"bis {GermanText.Clock(until)}");
        }
        else if (person.UntilAgendaNumber is { } untilItem)
        {
            parts.Add($"bis {GermanText.Item} {untilItem}");
        }

        return string.Join(", ", parts);
    }

    private static void AddPeopleList(List<Block> blocks, string heading, IReadOnlyList<MinutesPerson> people)
    {
        if (people.Count > 0)
        {
            blocks.Add(new HeadingBlock(2, heading));
            blocks.Add(new ListBlock(people.Select(p => p.DisplayName).ToList()));
        }
    }

    private static TableBlock AgendaTable(string part, IReadOnlyList<MinutesItem> items) => new(
        part,
        [GermanText.Item, GermanText.ItemTitle, GermanText.Paper],
        items.Select(i => (IReadOnlyList<string>)[i.Number ?? string.Empty, i.Title, i.PaperReference ?? string.Empty]).ToList());

    private static void AddPart(List<Block> blocks, string part, IReadOnlyList<MinutesItem> items)
    {
        blocks.Add(new HeadingBlock(2, part));
        foreach (var item in items)
        {
            MinutesItemLayout.Add(blocks, item);
        }
    }

    private static void AddAddenda(List<Block> blocks, IReadOnlyList<MinutesAddendumEntry> addenda)
    {
        if (addenda.Count == 0)
        {
            return;
        }

        blocks.Add(new HeadingBlock(2, GermanText.Addenda));
        foreach (var addendum in addenda)
        {
            blocks.Add(new HeadingBlock(3, $"Nachtrag vom {GermanText.Instant(addendum.AtUtc)} – {addendum.AuthorName}"));
            blocks.Add(new ParagraphBlock(addendum.Text));
            blocks.Add(new FactsBlock([(GermanText.Reason, addendum.Reason)]));
        }
    }
}
