using Story.Store;

namespace Story.Application.Projections;

/// <summary>What <c>story projections</c> and <c>story rebuild</c> say on a store without a projection daemon.</summary>
public static class ComputedOnRead
{
    public static string Message(IEventStore store) =>
        $"Projections are computed on read on this store ({store.Description}): every query folds the log, so there is no projection daemon, no checkpoint to lag behind and nothing to rebuild. Read models kept by a daemon are a PostgreSQL feature (--store postgres:...).";
}
