using Ratsnetz.Common;

namespace Ratsnetz.Council.Papers;

/// <summary>
/// A council paper (Drucksache): a Vorlage of the administration, an Antrag of members, a Mitteilung, …
/// The reference ("146/2021") is unique within a body when known; motions sent by e-mail often have none.
/// </summary>
public sealed class Paper : Entity
{
    private readonly List<PaperOriginator> _originators = [];

    private Paper()
    {
        Name = string.Empty;
        PaperType = string.Empty;
    }

    private Paper(int bodyId, string? reference, string name, string paperType, DateOnly? date)
    {
        BodyId = bodyId;
        Reference = reference;
        Name = name;
        PaperType = paperType;
        Date = date;
        IsPublic = true;
    }

    public const int MaxMotionTextLength = 20000;

    public int BodyId { get; private set; }

    public string? Reference { get; private set; }

    public string Name { get; private set; }

    /// <summary>Kind of paper as the body names it: Vorlage, Antrag, Mitteilung, Anfrage, Stellungnahme.</summary>
    public string PaperType { get; private set; }

    public DateOnly? Date { get; private set; }

    /// <summary>Non-public papers (personnel, property, contracts) are withheld like non-public agenda items.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>A short description in the team's own words.</summary>
    public string? Summary { get; private set; }

    /// <summary>The proposed resolution (Beschlussvorschlag) of a motion or statement, as its authors wrote it.</summary>
    public string? Request { get; private set; }

    /// <summary>The reasons given for it (Begründung).</summary>
    public string? Justification { get; private set; }

    public IReadOnlyList<PaperOriginator> Originators => _originators;

    public static Result<Paper> Create(int bodyId, string? reference, string name, string paperType, DateOnly? date = null)
    {
        var cleanName = Text.Clean(name);
        if (cleanName is null)
        {
            return new ValidationError("paper.name_required", "A paper needs a title.", nameof(name));
        }

        var cleanType = Text.Clean(paperType);
        if (cleanType is null)
        {
            return new ValidationError("paper.type_required", "A paper needs a type (Vorlage, Antrag, …).", nameof(paperType));
        }

        var cleanReference = Text.Clean(reference);
        if (cleanReference is not null && cleanReference.Any(char.IsWhiteSpace))
        {
            return new ValidationError("paper.reference_format", "A paper reference contains no spaces, e.g. 146/2021.", nameof(reference));
        }

        return new Paper(bodyId, cleanReference, cleanName, cleanType, date);
    }

    /// <summary>Corrects reference, title, type and date under the same rules as <see cref="Create"/>.</summary>
    public Result Revise(string? reference, string name, string paperType, DateOnly? date)
    {
        var revised = Create(BodyId, reference, name, paperType, date);
        if (revised.IsError)
        {
            return revised.Error!;
        }

        Reference = revised.Value.Reference;
        Name = revised.Value.Name;
        PaperType = revised.Value.PaperType;
        Date = date;
        return Result.Success;
    }

    public void SetSummary(string? summary) => Summary = Text.Clean(summary);

    public void MakeNonPublic() => IsPublic = false;

    /// <summary>Sets the text of a motion or statement; the proposed resolution is what the body votes on, so it is required.</summary>
    public Result SetMotionText(string? request, string? justification)
    {
        var cleanRequest = Text.Clean(request);
        if (cleanRequest is null)
        {
            return new ValidationError("paper.request_required", "A motion states what the body is asked to decide.", nameof(request));
        }

        if (cleanRequest.Length > MaxMotionTextLength || justification?.Length > MaxMotionTextLength)
        {
            return new ValidationError("paper.text_too_long", $"Request and justification have at most {MaxMotionTextLength} characters each.", nameof(request));
        }

        Request = cleanRequest;
        Justification = Text.Clean(justification);
        return Result.Success;
    }

    /// <summary>Adds who submitted the paper: a person, an organization (faction, office), or a person for an organization.</summary>
    public Result AddOriginator(int? personId, int? organizationId, string? function = null)
    {
        if (personId is null && organizationId is null)
        {
            return new ValidationError("paper.originator_empty", "An originator is a person or an organization.");
        }

        if (_originators.Any(o => o.PersonId == personId && o.OrganizationId == organizationId))
        {
            return new ConflictError("paper.originator_duplicate", "This originator is already recorded.");
        }

        _originators.Add(new PaperOriginator(Id, personId, organizationId, Text.Clean(function)));
        return Result.Success;
    }
}
