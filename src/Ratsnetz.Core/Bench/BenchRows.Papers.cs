namespace Ratsnetz.Bench;

/// <summary>Rows of papers, their originators and consultations.</summary>
internal static partial class BenchRows
{
    public static void Papers(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var paper = 0; paper < layout.Plan.Papers; paper++)
        {
            var text = BenchPaperText.For(layout, paper);
            var (created, modified) = PaperStamps(layout, paper);
            w.Number(paper + 1);
            w.Number(layout.PaperBody[paper]);
            w.Text(text.Reference);
            w.Text(text.Name);
            w.Text(BenchLayout.PaperTypes[layout.PaperType[paper]]);
            w.Date(DateOnly.FromDayNumber(layout.PaperDay[paper]));
            w.Bool(layout.PaperPublic[paper]);
            w.Text(text.Summary);
            rows.Stamps(created, modified, layout.PaperDeleted[paper]);
        }
    }

    public static void PaperOriginators(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var paper = 0; paper < layout.Plan.Papers; paper++)
        {
            var text = BenchPaperText.For(layout, paper);
            w.Number(paper + 1);
            w.Number(paper + 1);
            w.Number(text.OriginatorPerson);
            w.Number(text.OriginatorOrg);
            w.Text(text.OriginatorFunction);
            rows.EndRow();
        }
    }

    public static void Consultations(BenchLayout layout, BenchRowCounter rows)
    {
        var w = rows.Writer;
        for (var paper = 0; paper < layout.Plan.Papers; paper++)
        {
            var (created, _) = PaperStamps(layout, paper);
            var informative = layout.PaperType[paper] is 1 or BenchLayout.Anfrage or 4;
            var first = layout.PaperFirstConsultation[paper];
            var count = layout.PaperConsultations[paper];
            for (var c = first; c < first + count; c++)
            {
                var random = BenchRandom.For(layout.Seed, BenchStream.Consultation, c);
                var last = c == first + count - 1;
                w.Number(c + 1);
                w.Number(layout.ConsultationPaper[c]);
                w.Number(layout.ConsultationOrg[c]);
                w.Number(layout.ConsultationMeeting[c] == 0 ? null : layout.ConsultationMeeting[c]);
                w.Number(layout.ConsultationItem[c] == 0 ? null : layout.ConsultationItem[c]);
                w.Text(informative ? "Kenntnisnahme" : last ? "Entscheidung" : "Vorberatung");
                w.Bool(!informative && last);
                var consulted = created.AddMinutes(random.Next(1, 600));
                rows.Stamps(consulted, BenchCalendar.Modified(consulted, ref random), layout.PaperDeleted[paper]);
            }
        }
    }

    private static (DateTime Created, DateTime Modified) PaperStamps(BenchLayout layout, int paper)
    {
        var random = BenchRandom.For(layout.Seed, BenchStream.Paper, -1 - paper);
        var created = BenchCalendar.At(DateOnly.FromDayNumber(layout.PaperDay[paper]), ref random);
        var modified = BenchCalendar.Modified(created, ref random);
        return (created, layout.PaperDeleted[paper] && modified == created ? BenchCalendar.Modified(created.AddDays(1), ref random) : modified);
    }
}
