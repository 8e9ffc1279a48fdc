using Story.Application.Validation;

namespace Story.Application.Appending;

public sealed class AppendFactsValidator : IValidator<AppendFacts>
{
    public const int MaxBatchSize = 100_000;

    public IEnumerable<InputError> Validate(AppendFacts request)
    {
        if (request.Facts.Count == 0)
        {
            yield return new("facts", "the batch is empty");
        }
        else if (request.Facts.Count > MaxBatchSize)
        {
            yield return new("facts", $"{request.Facts.Count} facts in one batch; at most {MaxBatchSize}");
        }
    }
}
