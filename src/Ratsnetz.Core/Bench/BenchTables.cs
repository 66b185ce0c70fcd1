namespace Ratsnetz.Bench;

public enum BenchColumnType
{
    Number,
    BigNumber,
    Text,
    Bool,
    Date,
    Time,
    Timestamp,
    Bytes,
}

public sealed record BenchColumn(string Name, BenchColumnType Type);

/// <summary>A table as the bulk writers see it: snake_case names as in the migrations, columns in write order.</summary>
public sealed record BenchTable(string Name, IReadOnlyList<BenchColumn> Columns);

/// <summary>
/// The tables the generator fills, in foreign-key order, with the columns of migrations 0001–0003. The migration
/// test keeps those in line with the EF model; the generator test loads the rows back through AppDbContext.
/// </summary>
public static class BenchTables
{
    private static readonly BenchColumn[] Stamps = [new("created", BenchColumnType.Timestamp), new("modified", BenchColumnType.Timestamp), new("deleted", BenchColumnType.Bool)];

    public static readonly BenchTable Bodies = Table("bodies", "id:int name:text short_name:text classification:text website:text");

    public static readonly BenchTable LegislativeTerms = Table("legislative_terms", "id:int body_id:int name:text start_date:date end_date:date");

    public static readonly BenchTable Locations = Table("locations", "id:int body_id:int description:text street_address:text postal_code:text locality:text");

    public static readonly BenchTable Organizations = Table("organizations",
        "id:int body_id:int name:text short_name:text kind:int statutory_seats:int start_date:date end_date:date location_id:int");

    public static readonly BenchTable People = Table("people", "id:int body_id:int family_name:text given_name:text salutation:int title:text");

    public static readonly BenchTable Memberships = Table("memberships",
        "id:int person_id:int organization_id:int role:int voting_right:bool on_behalf_of_id:int deputy_of_id:int function:text start_date:date end_date:date");

    public static readonly BenchTable Papers = Table("papers", "id:int body_id:int reference:text name:text paper_type:text date:date is_public:bool summary:text");

    public static readonly BenchTable PaperOriginators = Table("paper_originators", "id:int paper_id:int person_id:int organization_id:int function:text", stamped: false);

    public static readonly BenchTable Meetings = Table("meetings",
        "id:int organization_id:int session_number:int name:text date:date start_time:time end_time:time time_zone_id:text starts_at_utc:timestamp location_id:int state:int quorum_confirmed:bool note:text");

    public static readonly BenchTable AgendaItems = Table("agenda_items",
        "id:int meeting_id:int number:text sort_order:int is_public:bool title:text paper_id:int summary:text resolution_text:text votes_yes:int votes_no:int votes_abstentions:int votes_biased:int outcome:int");

    public static readonly BenchTable Consultations = Table("consultations", "id:int paper_id:int organization_id:int meeting_id:int agenda_item_id:int role:text authoritative:bool");

    public static readonly BenchTable Files = Table("files",
        "id:int file_name:text name:text media_type:text size:long sha256:text text:text role:int is_public:bool date:date meeting_id:int agenda_item_id:int paper_id:int");

    public static readonly BenchTable FileContents = Table("file_contents", "file_id:int data:bytes", stamped: false);

    /// <summary>All tables in an order that satisfies every foreign key.</summary>
    public static IReadOnlyList<BenchTable> InLoadOrder { get; } =
        [Bodies, LegislativeTerms, Locations, Organizations, People, Memberships, Papers, PaperOriginators, Meetings, AgendaItems, Consultations, Files, FileContents];

    private static BenchTable Table(string name, string columns, bool stamped = true)
    {
        var parsed = columns.Split(' ').Select(c => c.Split(':')).Select(p => new BenchColumn(p[0], p[1] switch
        {
            "int" => BenchColumnType.Number,
            "long" => BenchColumnType.BigNumber,
            "text" => BenchColumnType.Text,
            "bool" => BenchColumnType.Bool,
            "date" => BenchColumnType.Date,
            "time" => BenchColumnType.Time,
            "timestamp" => BenchColumnType.Timestamp,
            "bytes" => BenchColumnType.Bytes,
            _ => throw new ArgumentException($"Unknown column type in {p[0]}:{p[1]}", nameof(columns)),
        }));
        return new BenchTable(name, stamped ? [.. parsed, .. Stamps] : [.. parsed]);
    }
}
