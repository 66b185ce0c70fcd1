using State = Ratsnetz.Council.Meetings.MeetingState;
using Ratsnetz.Council.Organizations;

namespace Ratsnetz.Bench;

internal sealed partial class BenchLayout
{
    /// <summary>Places all meetings (ids ascending with the date within a body) and their agenda items; returns the item count.</summary>
    private int PlaceMeetings()
    {
        var item = 0;
        foreach (var body in Bodies)
        {
            var sessions = new Dictionary<(int Org, int Term), int>();
            var first = BenchCalendar.FirstDay.DayNumber;
            var span = BenchCalendar.LastMeetingDay.DayNumber - first;
            for (var i = 0; i < body.Meetings; i++)
            {
                var meeting = body.FirstMeeting + i;
                var random = BenchRandom.For(Seed, BenchStream.Meeting, meeting);
                var day = OnWorkday(first + (int)(span * ((i + random.NextDouble()) / body.Meetings)));
                var org = ChooseMeetingOrg(body, day, ref random);
                var term = BenchCalendar.TermOf(DateOnly.FromDayNumber(day));
                sessions[(org, term)] = sessions.GetValueOrDefault((org, term)) + 1;

                MeetingOrg[meeting] = org;
                MeetingDay[meeting] = day;
                MeetingSession[meeting] = sessions[(org, term)];
                MeetingLocation[meeting] = body.FirstLocation + random.Next(body.Locations) + 1;
                MeetingState[meeting] = (byte)StateOn(day, ref random);
                MeetingDeleted[meeting] = random.Chance(0.003);
                MeetingFirstItem[meeting] = item;
                // 5–17 items, 11 on average; half the meetings have a non-public part of one or two items.
                var items = 5 + random.Next(13);
                MeetingItems[meeting] = (byte)items;
                MeetingNonPublic[meeting] = (byte)(random.Chance(0.5) ? 0 : random.Chance(0.6) ? 1 : 2);
                item += items;
            }
        }

        ItemCount = item;
        return item;
    }

    private static int OnWorkday(int day) => DateOnly.FromDayNumber(day).DayOfWeek switch
    {
        DayOfWeek.Saturday => day - 1,
        DayOfWeek.Sunday => day + 1,
        _ => day,
    };

    private int ChooseMeetingOrg(BenchBodyLayout body, int day, ref BenchRandom random)
    {
        var roll = random.NextDouble();
        if (roll < 0.10)
        {
            return body.CouncilId;
        }

        if (roll < 0.18)
        {
            return body.FirstOrg + BenchBodyLayout.IntegrationCouncil + 1;
        }

        var committees = body.Orgs - body.FirstCommittee;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var org = body.FirstOrg + body.FirstCommittee + random.Next(committees);
            // Working groups meet less often than committees.
            if (OrgActiveOn(org, day) && (OrgKind[org] != OrganizationKind.WorkingGroup || random.Chance(0.3)))
            {
                return org + 1;
            }
        }

        return body.CouncilId;
    }

    private static State StateOn(int day, ref BenchRandom random)
    {
        var today = BenchCalendar.Today.DayNumber;
        if (day > today)
        {
            return day - today <= 21 ? State.Invited : State.Planned;
        }

        return random.Chance(0.03) ? State.Cancelled : State.Held;
    }

    /// <summary>Item positions within a meeting: the first is the opening, the last public one the closing items.</summary>
    public bool ItemIsPublic(int meeting, int position) => position < MeetingItems[meeting] - MeetingNonPublic[meeting];

    public bool IsPaperSlot(int meeting, int position) =>
        !ItemIsPublic(meeting, position) || (position > 0 && position < MeetingItems[meeting] - MeetingNonPublic[meeting] - 1);
}
