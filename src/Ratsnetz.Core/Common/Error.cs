namespace Ratsnetz.Common;

/// <summary>A closed set of failure kinds; each front door maps them in one place.</summary>
public abstract record Error(string Code, string Message);

/// <summary>Input breaks a rule; <paramref name="Field"/> names the offending input where there is one.</summary>
public sealed record ValidationError(string Code, string Message, string? Field = null) : Error(Code, Message);

public sealed record NotFoundError(string Code, string Message) : Error(Code, Message);

public sealed record ConflictError(string Code, string Message) : Error(Code, Message);

public sealed record ForbiddenError(string Code, string Message) : Error(Code, Message);
