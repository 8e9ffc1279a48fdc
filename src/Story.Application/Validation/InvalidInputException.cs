namespace Story.Application.Validation;

/// <summary>The input was rejected; nothing of it was written.</summary>
public sealed class InvalidInputException(IReadOnlyList<InputError> errors)
    : Exception(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} problems:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<InputError> Errors { get; } = errors;

    public InvalidInputException(string field, string message) : this([new InputError(field, message)]) { }
}
