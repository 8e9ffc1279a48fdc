using Story.KurrentDb.Subscriptions;

namespace Story.Store.Tests.KurrentDb;

public sealed class ExponentialBackoffTests
{
    [Fact]
    public void Next_RepeatedFailures_DoublesUpToTheCeiling()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500));

        var delays = Enumerable.Range(0, 5).Select(_ => backoff.Next().TotalMilliseconds);

        Assert.Equal([100d, 200d, 400d, 500d, 500d], delays);
    }

    [Fact]
    public void Reset_AfterSuccess_StartsSmallAgain()
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromMilliseconds(100), backoff.Next());
    }
}
