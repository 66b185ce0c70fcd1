namespace Ratsnetz.OParl.Conformance;

/// <summary>The names of the rules the crawl checks, as they appear in violation reports.</summary>
public static class Rules
{
    public const string HttpStatus = "http.status-200";
    public const string Cors = "http.cors-allow-origin-*";
    public const string ContentType = "http.content-type-json-utf8";
    public const string Utf8 = "json.utf8-without-bom";
    public const string Json = "json.parses";
    public const string ETag = "http.etag-present";
    public const string NotModified = "http.if-none-match-304";
    public const string Schema = "schema.official-draft-07";
    public const string NoNull = "json.no-null";
    public const string NoEmptyString = "json.no-empty-string";
    public const string CreatedModified = "object.created-and-modified";
    public const string KnownType = "object.type-is-oparl-1.1";
    public const string BodyLists = "body.all-list-links";
    public const string ExtensionPrefix = "object.extension-fields-prefixed-ratsnetz";
    public const string DeletedShape = "deleted.only-id-type-created-modified";
    public const string DeletedInPlainList = "deleted.listed-only-under-modified-since";
    public const string DeletedReachable = "deleted.reachable-at-own-url";
    public const string IdIsUrl = "object.id-is-url-returning-it";
    public const string SameObject = "object.same-at-own-url";
    public const string Reference = "reference.resolves";
    public const string ListShape = "list.data-pagination-links";
    public const string ListItemType = "list.items-of-the-linked-type";
    public const string NextLink = "list.next-on-all-but-last-page";
    public const string Duplicates = "list.no-duplicates";
    public const string StableOrder = "list.stable-order";
    public const string Limit = "list.limit-honoured";
    public const string TotalElements = "list.total-elements";
    public const string FilterKept = "filter.kept-in-page-links";
    public const string FilterApplied = "filter.applied";
    public const string OmitInternal = "filter.omit-internal";
    public const string BadFilter = "filter.bad-value-400-json";
    public const string FileContent = "file.access-and-download";
    public const string NonPublic = "nonpublic.never-appears";
}
