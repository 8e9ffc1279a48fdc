using System.Globalization;
using Microsoft.Data.Sqlite;
using Story.Sqlite.Opening;
using Story.Store;

namespace Story.Sqlite.Schema;

/// <summary>Checks that a database is a Story store, and makes a new or empty one into one.</summary>
internal static class SchemaInstaller
{
    /// <exception cref="StoreUnavailableException">The database is not a Story store and may not (or must not) become one.</exception>
    public static async Task EnsureAsync(SqliteConnection connection, string path, bool createIfMissing, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await IsStoreAsync(connection, path, cancellationToken))
        {
            return;
        }

        if (!createIfMissing)
        {
            throw StoreErrors.NotAStore(path, "it has no events table (open it with CreateIfMissing to make a new store)");
        }

        // Another process may be creating the same store right now: decide again under the write lock.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (!await IsStoreAsync(connection, path, cancellationToken))
        {
            await ExecuteAsync(connection, StoreSchema.Create, cancellationToken);
            using var stamp = connection.CreateCommand();
            stamp.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $appliedAt);";
            stamp.Parameters.AddWithValue("$version", StoreSchema.CurrentVersion);
            stamp.Parameters.AddWithValue("$appliedAt", RecordedAtText.From(StoreClock.Now(time)));
            await stamp.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    /// <summary>Turns on write-ahead logging so that readers in other processes never block the writer.</summary>
    /// <returns>The journal mode now in effect ("wal", or "memory" for an in-memory database).</returns>
    public static async Task<string> UseWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    /// <returns>True for a Story store, false for an empty database.</returns>
    /// <exception cref="StoreUnavailableException">A database holding something else, or a newer store.</exception>
    private static async Task<bool> IsStoreAsync(SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        var tables = await ListTablesAsync(connection, cancellationToken);
        if (tables.Contains(StoreSchema.VersionTable))
        {
            var version = await ReadVersionAsync(connection, cancellationToken);
            if (version > StoreSchema.CurrentVersion)
            {
                throw StoreErrors.NewerSchema(path, version, StoreSchema.CurrentVersion);
            }

            return tables.Contains(StoreSchema.EventsTable)
                ? true
                : throw StoreErrors.NotAStore(path, "it has a schema_version table but no events table");
        }

        if (tables.Count == 0)
        {
            return false;
        }

        // Never add our tables to somebody else's database.
        var why = tables.Contains(StoreSchema.EventsTable)
            ? "it has an events table but no schema_version table, so it was not made by Story"
            : $"it has no events table (it holds {string.Join(", ", tables.Order(StringComparer.Ordinal))})";
        throw StoreErrors.NotAStore(path, why);
    }

    private static async Task<HashSet<string>> ListTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\';";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<long> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
