using Microsoft.Data.Sqlite;
using Story.Tests.Support;

namespace Story.Tests.Cli;

public sealed class TamperingCliTests
{
    [Fact]
    public async Task Verify_AfterAnEventWasEditedByHand_FailsNamingThatPosition()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await StoryProcess.RunAsync(folder.Path, "seed")).ExitCode);

        // Given someone rewrites one stored claim straight in the database file
        long tampered;
        await using (var connection = new SqliteConnection($"Data Source={folder.File("story.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT min(position) FROM events WHERE event_type = 'claim-reported' AND data LIKE '%received%'";
            tampered = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = $"UPDATE events SET data = replace(data, 'received', 'rejected') WHERE position = {tampered}";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        // When
        var result = await StoryProcess.RunAsync(folder.Path, "verify");

        // Then
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"position {tampered}", result.Stdout, StringComparison.Ordinal);
    }
}
