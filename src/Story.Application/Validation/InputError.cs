namespace Story.Application.Validation;

/// <summary>One problem with the input: where (a field, or "line 12: quote.end") and what.</summary>
public sealed record InputError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
