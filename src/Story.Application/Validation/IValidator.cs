namespace Story.Application.Validation;

/// <summary>Checks a request before its handler runs; an empty result means valid.</summary>
public interface IValidator<in TRequest>
{
    IEnumerable<InputError> Validate(TRequest request);
}
