namespace Ratsnetz.OParl.Documents;

/// <summary>One stored document: its type and the id of its object.</summary>
public readonly record struct OParlDocumentKey(OParlDocumentKind Kind, int Id);
