namespace Ratsnetz.Common;

public readonly record struct Result(Error? Error)
{
    public static Result Success => default;

    public bool IsSuccess => Error is null;

    public bool IsError => Error is not null;

    public static implicit operator Result(Error error) => new(error);

    /// <summary>For trusted callers (demo data, tests' arrange steps) where a rule violation is a bug.</summary>
    public void ThrowIfError()
    {
        if (Error is not null)
        {
            throw new InvalidOperationException($"{Error.Code}: {Error.Message}");
        }
    }
}

public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public bool IsError => Error is not null;

    public T Value => Error is null
        ? _value!
        : throw new InvalidOperationException($"{Error.Code}: {Error.Message}");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
