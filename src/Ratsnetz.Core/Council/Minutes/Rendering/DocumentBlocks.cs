namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>
/// A generated document as a sequence of simple blocks. Minutes and invitation are laid out once into blocks;
/// each format (HTML, PDF, DOCX) renders blocks, so the three can never disagree about content or order.
/// </summary>
public abstract record Block;

/// <summary>A heading; level 1 is the document title.</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;

public sealed record ParagraphBlock(string Text, bool Emphasis = false) : Block;

/// <summary>Label–value lines such as "Beginn: 18:05 Uhr"; rendered as a definition list or a two-column table.</summary>
public sealed record FactsBlock(IReadOnlyList<(string Label, string Value)> Facts) : Block;

public sealed record ListBlock(IReadOnlyList<string> Items) : Block;

/// <summary>A table with a caption (for screen readers) and column headers.</summary>
public sealed record TableBlock(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Signature lines side by side: the role, the name, and the recorded signature or an empty line.</summary>
public sealed record SignatureBlock(IReadOnlyList<(string Role, string? Name, string? Signed)> Lines) : Block;

/// <summary>The laid-out document: its title (for the HTML title, PDF metadata and page header) and its blocks.</summary>
public sealed record LaidOutDocument(string Title, string RunningHeader, IReadOnlyList<Block> Blocks);
