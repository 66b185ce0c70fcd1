namespace Ratsnetz.Web.Localization;

/// <summary>Anchor type for the UI texts in SharedResource.resx (German) and SharedResource.en.resx (English).</summary>
public sealed class SharedResource;
