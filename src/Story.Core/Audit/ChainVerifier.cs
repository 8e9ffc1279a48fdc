using Story.Store;

namespace Story.Audit;

/// <summary>Walks the whole log and recomputes every hash.</summary>
public static class ChainVerifier
{
    public static async Task<ChainVerification> VerifyAsync(IEventReader reader, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var previous = HashChain.Genesis;
        long checkedCount = 0;
        long expectedPosition = 0;
        await foreach (var e in reader.ReadAllAsync(0, cancellationToken))
        {
            expectedPosition++;
            if (e.Position != expectedPosition)
            {
                return new(checkedCount, expectedPosition, $"position {expectedPosition} is missing from the log (next found is {e.Position})", previous);
            }

            if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new(checkedCount, e.Position, "its previous-hash link does not match the hash of the event before it", previous);
            }

            string recomputed;
            try
            {
                recomputed = HashChain.Compute(previous, e);
            }
            catch (System.Text.Json.JsonException ex)
            {
                return new(checkedCount, e.Position, $"its stored data is not valid JSON ({ex.Message})", previous);
            }

            if (!string.Equals(recomputed, e.Hash, StringComparison.Ordinal))
            {
                return new(checkedCount, e.Position, "its content does not match its stored hash (the event was changed after it was recorded)", previous);
            }

            previous = e.Hash;
            checkedCount++;
            if (checkedCount % 1000 == 0)
            {
                progress?.Report(checkedCount);
            }
        }

        progress?.Report(checkedCount);
        return new(checkedCount, null, null, previous);
    }
}
