namespace Ratsnetz.Bench;

internal sealed partial class BenchLayout
{
    public static readonly string[] PaperTypes = ["Beschlussvorlage", "Mitteilungsvorlage", "Antrag", "Anfrage", "Stellungnahme der Verwaltung"];

    public const byte Antrag = 2;
    public const byte Anfrage = 3;

    /// <summary>
    /// Places a body's papers (ids ascending with the date) and links each to one or two consultations: the next free
    /// agenda slot of a meeting a few weeks after the paper (public papers in public parts, non-public ones in
    /// non-public parts), or an organization only when no meeting is set yet.
    /// </summary>
    private void PlacePapers(BenchBodyLayout body)
    {
        var publicSlots = new SlotPool(this, body, publicPart: true);
        var nonPublicSlots = new SlotPool(this, body, publicPart: false);
        var first = BenchCalendar.FirstDay.DayNumber - 20;
        var span = BenchCalendar.Today.DayNumber - 10 - first;
        var year = 0;
        var number = 0;
        for (var j = 0; j < body.Papers; j++)
        {
            var paper = body.FirstPaper + j;
            var random = BenchRandom.For(Seed, BenchStream.Layout, 2_000_000_000L + paper);
            var day = first + (int)(span * ((j + random.NextDouble()) / body.Papers));
            var roll = random.NextDouble();
            var type = (byte)(roll < 0.45 ? 0 : roll < 0.65 ? 1 : roll < 0.83 ? Antrag : roll < 0.95 ? Anfrage : 4);
            PaperBody[paper] = body.Id;
            PaperDay[paper] = day;
            var paperYear = DateOnly.FromDayNumber(day).Year;
            number = paperYear == year ? number + 1 : 1;
            year = paperYear;
            PaperNumber[paper] = number;
            PaperType[paper] = type;
            PaperPublic[paper] = !random.Chance(0.03);
            PaperDeleted[paper] = random.Chance(0.005);
            PaperFirstConsultation[paper] = ConsultationCount;
            var count = type == Anfrage || !random.Chance(0.34) ? 1 : 2;
            PaperConsultations[paper] = (byte)count;
            var pool = PaperPublic[paper] ? publicSlots : nonPublicSlots;
            var target = day + 7 + random.Next(40);
            for (var c = 0; c < count; c++)
            {
                var consultation = ConsultationCount++;
                ConsultationPaper[consultation] = paper + 1;
                if (!PaperDeleted[paper] && random.Chance(0.85) && pool.TryTake(target, out var item, out var meeting))
                {
                    ItemPaper[item] = paper + 1;
                    ConsultationOrg[consultation] = MeetingOrg[meeting];
                    ConsultationMeeting[consultation] = meeting + 1;
                    ConsultationItem[consultation] = item + 1;
                    target = MeetingDay[meeting] + 7 + random.Next(50);
                }
                else
                {
                    ConsultationOrg[consultation] = ActiveDecisionOrg(body, target, ref random);
                    target += 30;
                }
            }
        }
    }

    private int ActiveDecisionOrg(BenchBodyLayout body, int day, ref BenchRandom random)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var org = body.FirstOrg + body.FirstCommittee + random.Next(body.Orgs - body.FirstCommittee);
            if (OrgActiveOn(org, day))
            {
                return org + 1;
            }
        }

        return body.CouncilId;
    }

    /// <summary>The agenda items of one part (public or non-public) of a body's meetings that can take a paper, in date order.</summary>
    private sealed class SlotPool
    {
        private readonly List<int> _items = [];
        private readonly List<int> _meetings = [];
        private readonly List<int> _days = [];
        private readonly bool[] _used;

        public SlotPool(BenchLayout layout, BenchBodyLayout body, bool publicPart)
        {
            for (var meeting = body.FirstMeeting; meeting < body.FirstMeeting + body.Meetings; meeting++)
            {
                if (layout.MeetingDeleted[meeting])
                {
                    continue;
                }

                for (var position = 0; position < layout.MeetingItems[meeting]; position++)
                {
                    if (layout.IsPaperSlot(meeting, position) && layout.ItemIsPublic(meeting, position) == publicPart)
                    {
                        _items.Add(layout.MeetingFirstItem[meeting] + position);
                        _meetings.Add(meeting);
                        _days.Add(layout.MeetingDay[meeting]);
                    }
                }
            }

            _used = new bool[_items.Count];
        }

        public bool TryTake(int day, out int item, out int meeting)
        {
            var start = _days.BinarySearch(day);
            if (start < 0)
            {
                start = ~start;
            }
            else
            {
                // BinarySearch finds any equal day; back up to the first slot of that day.
                while (start > 0 && _days[start - 1] == day)
                {
                    start--;
                }
            }

            for (var i = start; i < Math.Min(_items.Count, start + 48); i++)
            {
                if (!_used[i])
                {
                    _used[i] = true;
                    item = _items[i];
                    meeting = _meetings[i];
                    return true;
                }
            }

            item = meeting = -1;
            return false;
        }
    }
}
