namespace Story.Store.Tests.Postgres.Projections;

/// <summary>Records progress on the reporting thread, in order (Progress&lt;T&gt; would post it to the thread pool).</summary>
internal sealed class SynchronousProgress(Action<(long Done, long Total)> report) : IProgress<(long Done, long Total)>
{
    public void Report((long Done, long Total) value) => report(value);
}
