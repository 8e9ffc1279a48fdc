using Story.Audit;

namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task HashChain_AfterSeveralBatches_VerifiesIntact()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(3));
        await Store.AppendAsync("story-gaza", ExpectedVersion.NoStream, [FactEvent(TestFacts.Report("gaza", "r-1"))]);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(3), [FactEvent(TestFacts.Claim("kyiv", "c-1", "r-1"))]);

        // When
        var verification = await ChainVerifier.VerifyAsync(Store);

        // Then
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(5, verification.Checked);
        Assert.Equal((await ReadAllAsync())[^1].Hash, verification.HeadHash);
    }

    [Fact]
    public async Task HashChain_EachEvent_LinksToTheHashOfTheEventBeforeItInTheGlobalLog()
    {
        // Given events of two streams, in several batches
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));
        await Store.AppendAsync("story-gaza", ExpectedVersion.NoStream, NewEvents(2));
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), NewEvents(1));

        // When
        var all = await ReadAllAsync();

        // Then
        Assert.Equal(HashChain.Genesis, all[0].PreviousHash);
        for (var i = 1; i < all.Count; i++)
        {
            Assert.Equal(all[i - 1].Hash, all[i].PreviousHash);
        }

        Assert.All(all, e => Assert.Equal(HashChain.Compute(e.PreviousHash, e), e.Hash));
        Assert.Equal(all.Count, all.Select(e => e.Hash).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task HashChain_IdempotentRetriesAndRejectedAppends_LeaveTheChainIntact()
    {
        // Given
        var batch = NewEvents(2);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);

        // When
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(1)));
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), NewEvents(1));

        // Then
        var verification = await ChainVerifier.VerifyAsync(Store);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(3, verification.Checked);
    }
}
