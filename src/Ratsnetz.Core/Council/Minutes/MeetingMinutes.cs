using Ratsnetz.Common;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// The workflow of one meeting's minutes (Niederschrift): a draft, signed by the chair and by the minute taker,
/// then published. The content is generated from the meeting's record; what the minutes add themselves (opening
/// remarks) can be edited only while nobody has signed. After a signature, corrections are addenda with reason and
/// author, shown at the end: what was signed is never changed silently.
/// </summary>
public sealed class MeetingMinutes : Entity
{
    private readonly List<MinutesAddendum> _addenda = [];

    private MeetingMinutes()
    {
    }

    public MeetingMinutes(int meetingId)
    {
        MeetingId = meetingId;
    }

    public int MeetingId { get; private set; }

    /// <summary>The record's own text before the agenda, e.g. that the invitation was on time.</summary>
    public string? OpeningRemarks { get; private set; }

    public string? ChairSignedByUserId { get; private set; }

    public DateTime? ChairSignedAt { get; private set; }

    public string? MinuteTakerSignedByUserId { get; private set; }

    public DateTime? MinuteTakerSignedAt { get; private set; }

    public string? PublishedByUserId { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>
    /// The full minutes as they were at the first signature (JSON of <see cref="MinutesDocument"/>). From then on the
    /// minutes are read from here, so a later change to the meeting's record cannot silently change signed minutes.
    /// </summary>
    public string? SignedFullContent { get; private set; }

    /// <summary>The public variant frozen at the same moment as <see cref="SignedFullContent"/>.</summary>
    public string? SignedPublicContent { get; private set; }

    public IReadOnlyList<MinutesAddendum> Addenda => _addenda;

    public MinutesState State => PublishedAt is not null ? MinutesState.Published
        : ChairSignedAt is not null && MinuteTakerSignedAt is not null ? MinutesState.SignedOff
        : MinutesState.Draft;

    public bool HasAnySignature => ChairSignedAt is not null || MinuteTakerSignedAt is not null;

    public DateTime? SignedAt(SignatureRole role) => role == SignatureRole.Chair ? ChairSignedAt : MinuteTakerSignedAt;

    public Result EditOpeningRemarks(string? text)
    {
        if (HasAnySignature)
        {
            return new ConflictError("minutes.signed", "Signed minutes are not edited; add an addendum instead.");
        }

        if (text is { Length: > MaxTextLength })
        {
            return new ValidationError("minutes.text_too_long", "The text is too long.", "openingRemarks");
        }

        OpeningRemarks = Text.Clean(text);
        return Result.Success;
    }

    /// <summary>
    /// Records one signature; each role signs once. The first signature freezes <paramref name="content"/>, which it
    /// therefore needs; the second signs that same frozen content and needs none.
    /// </summary>
    public Result Sign(SignatureRole role, string userId, DateTime at, MinutesContent? content)
    {
        if (!Enum.IsDefined(role))
        {
            return new ValidationError("minutes.unknown_role", "Unknown signature role.", "role");
        }

        if (SignedAt(role) is not null)
        {
            return new ConflictError("minutes.already_signed", "This role has already signed the minutes.");
        }

        if (!HasAnySignature)
        {
            if (content is null)
            {
                return new ValidationError("minutes.content_missing", "The first signature freezes the minutes' content.", "content");
            }

            SignedFullContent = content.Full;
            SignedPublicContent = content.Public;
        }

        if (role == SignatureRole.Chair)
        {
            ChairSignedByUserId = userId;
            ChairSignedAt = at;
        }
        else
        {
            MinuteTakerSignedByUserId = userId;
            MinuteTakerSignedAt = at;
        }

        return Result.Success;
    }

    public Result Publish(string userId, DateTime at)
    {
        if (State == MinutesState.Published)
        {
            return new ConflictError("minutes.already_published", "The minutes are already published.");
        }

        if (State != MinutesState.SignedOff)
        {
            return new ConflictError("minutes.not_signed", "Minutes are published only after the chair and the minute taker have signed.");
        }

        PublishedByUserId = userId;
        PublishedAt = at;
        return Result.Success;
    }

    /// <summary>A correction after signing. Before anyone signed the draft is simply edited, so addenda need a signature.</summary>
    public Result<MinutesAddendum> AddAddendum(string? text, string? reason, bool concernsNonPublicPart, string userId, string authorName, DateTime at)
    {
        if (!HasAnySignature)
        {
            return new ConflictError("minutes.not_signed_yet", "Before signing, the draft is corrected directly; addenda follow a signature.");
        }

        var cleanText = Text.Clean(text);
        var cleanReason = Text.Clean(reason);
        if (cleanText is null || cleanText.Length > MaxTextLength)
        {
            return new ValidationError("minutes.addendum_text", "An addendum needs a text of at most 4000 characters.", "text");
        }

        if (cleanReason is null || cleanReason.Length > 500)
        {
            return new ValidationError("minutes.addendum_reason", "An addendum needs a reason of at most 500 characters.", "reason");
        }

        var addendum = new MinutesAddendum(Id, cleanText, cleanReason, concernsNonPublicPart, userId, authorName, at);
        _addenda.Add(addendum);
        return addendum;
    }

    internal const int MaxTextLength = 4000;
}

/// <summary>Both variants of the minutes, serialised, as they are frozen at the first signature.</summary>
public sealed record MinutesContent(string Full, string Public);

public enum MinutesState
{
    /// <summary>Entwurf: editable, visible to staff and members with access only.</summary>
    Draft = 1,

    /// <summary>Unterzeichnet by chair and minute taker.</summary>
    SignedOff = 2,

    /// <summary>Veröffentlicht: the public variant is open to everyone.</summary>
    Published = 3,
}

public enum SignatureRole
{
    Chair = 1,
    MinuteTaker = 2,
}
