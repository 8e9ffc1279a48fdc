using Story.Sqlite;

namespace Story.Store.Tests.Sqlite;

/// <summary>What a user sees when the path does not lead to a usable store.</summary>
public sealed class SqliteOpeningTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_InMissingFolder_ThrowsStoreUnavailableNamingThePath()
    {
        // Given
        var path = _folder.File(Path.Combine("no-such-folder", "story.db"));

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteEventStore.OpenAsync(path));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task Open_MissingFileWithoutCreate_ThrowsNoStoreAndCreatesNothing()
    {
        // Given
        var path = _folder.File("story.db");

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => SqliteEventStore.OpenAsync(path, new SqliteStoreOptions { CreateIfMissing = false }));

        // Then
        Assert.Equal($"no store at {path}; run `story seed` or create it", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Open_MissingFileWithCreate_MakesAnEmptyStore()
    {
        // Given
        var path = _folder.File("new.db");

        // When
        await using var store = await SqliteEventStore.OpenAsync(path);

        // Then
        Assert.True(File.Exists(path));
        Assert.Equal(0, await store.GetHeadPositionAsync());
        Assert.Contains(path, store.Description, StringComparison.Ordinal);
        await store.CheckHealthAsync();
    }

    [Fact]
    public async Task Open_FileOfRandomBytes_ThrowsStoreUnavailableNamingThePath()
    {
        // Given
        var path = _folder.File("corrupt.db");
        var bytes = new byte[8192];
        new Random(20240224).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteEventStore.OpenAsync(path));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not an SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task Open_TextFile_ThrowsStoreUnavailableNamingThePath()
    {
        // Given
        var path = _folder.File("notes.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("These are my notes, not a database.\n", 200)));

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteEventStore.OpenAsync(path));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Open_SqliteDatabaseThatIsNotAStore_ThrowsAndLeavesItUntouched(bool createIfMissing)
    {
        // Given somebody else's database
        var path = _folder.File("other-app.db");
        using (var other = RawSqlite.Open(path, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate))
        using (var command = other.CreateCommand())
        {
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);";
            command.ExecuteNonQuery();
        }

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => SqliteEventStore.OpenAsync(path, new SqliteStoreOptions { CreateIfMissing = createIfMissing }));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a Story store", error.Message, StringComparison.Ordinal);
        Assert.Contains("no events table", error.Message, StringComparison.Ordinal);
        Assert.Equal("customers", RawSqlite.Scalar(path, "SELECT group_concat(name) FROM sqlite_schema WHERE type = 'table';"));
    }

    [Fact]
    public async Task Open_EmptySqliteFileWithoutCreate_ThrowsNotAStore()
    {
        // Given an empty file, which SQLite reads as an empty database
        var path = _folder.File("empty.db");
        await File.WriteAllBytesAsync(path, []);

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => SqliteEventStore.OpenAsync(path, new SqliteStoreOptions { CreateIfMissing = false }));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("no events table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_StoreFromANewerStory_ThrowsNamingTheVersion()
    {
        // Given
        var path = _folder.File("future.db");
        await using (await SqliteEventStore.OpenAsync(path))
        {
        }

        RawSqlite.Execute(path, "INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01T00:00:00.000000Z');");

        // When
        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteEventStore.OpenAsync(path));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }
}
