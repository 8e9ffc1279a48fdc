using Story.Audit;
using Story.KurrentDb.Appending;

namespace Story.Store.Tests.KurrentDb;

public sealed class LogIndexTests
{
    private static RecordedEvent At(long position, string stream, long version, Guid? id = null) =>
        new(position, stream, version, id ?? Guid.NewGuid(), "thing-noted", "{}", EventMetadata.Empty, DateTimeOffset.UnixEpoch, "p", $"hash-{position}");

    [Fact]
    public void Add_EventsInOrder_TracksHeadVersionsAndIds()
    {
        // Given
        var index = new LogIndex();
        var id = Guid.NewGuid();

        // When
        index.Add(At(1, "story-a", 1));
        index.Add(At(2, "story-b", 1, id));
        index.Add(At(3, "story-a", 2));

        // Then
        Assert.Equal(3, index.Head);
        Assert.Equal("hash-3", index.HeadHash);
        Assert.Equal("story-a", index.HeadStream);
        Assert.Equal(2, index.VersionOf("story-a"));
        Assert.Equal(0, index.VersionOf("story-c"));
        Assert.Equal(3, index.PositionOf("story-a", 2));
        Assert.True(index.TryGetPosition(id, out var position));
        Assert.Equal(2, position);
    }

    [Fact]
    public void Empty_HeadIsZeroAndGenesis()
    {
        var index = new LogIndex();

        Assert.Equal(0, index.Head);
        Assert.Equal(HashChain.Genesis, index.HeadHash);
    }

    [Fact]
    public void Add_PositionGap_IsRejected()
    {
        var index = new LogIndex();
        index.Add(At(1, "story-a", 1));

        Assert.Throws<InvalidDataException>(() => index.Add(At(3, "story-a", 2)));
    }

    [Fact]
    public void Add_StreamVersionGap_IsRejected()
    {
        var index = new LogIndex();
        index.Add(At(1, "story-a", 1));

        Assert.Throws<InvalidDataException>(() => index.Add(At(2, "story-a", 3)));
    }

    [Fact]
    public void Add_SameIdTwice_IsRejected()
    {
        var index = new LogIndex();
        var id = Guid.NewGuid();
        index.Add(At(1, "story-a", 1, id));

        Assert.Throws<InvalidDataException>(() => index.Add(At(2, "story-b", 1, id)));
    }
}
