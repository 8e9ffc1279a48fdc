using Story.Audit;
using Story.Sqlite;

namespace Story.Store.Tests.Sqlite;

/// <summary>Someone edits the file behind the store's back.</summary>
public sealed class SqliteTamperingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => _folder.File("story.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ChainVerifier_EventDataChangedInTheFile_ReportsExactlyThatPosition()
    {
        // Given five events, and someone who rewrites the third event's data in the file
        await AppendFiveAsync();
        RawSqlite.Execute(StorePath, "UPDATE events SET data = json_set(data, '$.note', 'it never happened') WHERE position = 3;");

        // When
        await using var store = await SqliteEventStore.OpenAsync(StorePath);
        var verification = await ChainVerifier.VerifyAsync(store);

        // Then
        Assert.False(verification.IsIntact);
        Assert.Equal(3, verification.FirstBadPosition);
        Assert.Equal(2, verification.Checked);
    }

    [Fact]
    public async Task ChainVerifier_RecordedAtChangedInTheFile_ReportsThatPosition()
    {
        // Given
        await AppendFiveAsync();
        RawSqlite.Execute(StorePath, "UPDATE events SET recorded_at = '2020-01-01T00:00:00.000000Z' WHERE position = 4;");

        // When
        await using var store = await SqliteEventStore.OpenAsync(StorePath);
        var verification = await ChainVerifier.VerifyAsync(store);

        // Then
        Assert.Equal(4, verification.FirstBadPosition);
    }

    [Fact]
    public async Task ChainVerifier_EventDeletedFromTheFile_ReportsTheMissingPosition()
    {
        // Given
        await AppendFiveAsync();
        RawSqlite.Execute(StorePath, "DELETE FROM events WHERE position = 2;");

        // When
        await using var store = await SqliteEventStore.OpenAsync(StorePath);
        var verification = await ChainVerifier.VerifyAsync(store);

        // Then
        Assert.Equal(2, verification.FirstBadPosition);
        Assert.Equal(1, verification.Checked);
    }

    private async Task AppendFiveAsync()
    {
        await using var store = await SqliteEventStore.OpenAsync(StorePath);
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync("story-kyiv", ExpectedVersion.Any, [new EventData(Guid.NewGuid(), "thing-noted", $$"""{"note":"event {{i}}"}""", EventMetadata.Empty)]);
        }
    }
}
