using Npgsql;

namespace Story.Postgres.Schema;

/// <summary>
/// Brings the schema up to date at open: each script not yet recorded in schema_version runs in its own transaction
/// and is recorded there. A session advisory lock serialises openers, so two processes starting together apply each
/// script once.
/// </summary>
internal static class SchemaMigrator
{
    /// <returns>The schema version after migrating.</returns>
    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, StoreSql sql, int? upTo, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, sql.LockMigrations, cancellationToken);
        try
        {
            if (!await SchemaExistsAsync(connection, sql, cancellationToken))
            {
                await ExecuteAsync(connection, null, sql.CreateSchema, cancellationToken);
            }

            await ExecuteAsync(connection, null, sql.CreateSchemaVersion, cancellationToken);
            var applied = await AppliedVersionsAsync(connection, sql, cancellationToken);
            var current = applied.Count == 0 ? 0 : applied.Max();
            foreach (var script in SchemaScript.All.Where(s => s.Version <= (upTo ?? int.MaxValue) && !applied.Contains(s.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, sql.Script(script), cancellationToken);
                await ExecuteAsync(connection, transaction, sql.RecordVersion, cancellationToken, script.Version);
                await transaction.CommitAsync(cancellationToken);
                current = Math.Max(current, script.Version);
            }

            return current;
        }
        finally
        {
            try
            {
                await ExecuteAsync(connection, null, sql.UnlockMigrations, CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and a session lock goes with it.
            }
        }
    }

    private static async Task<bool> SchemaExistsAsync(NpgsqlConnection connection, StoreSql sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql.SchemaExists, connection) { Parameters = { new() { Value = sql.Schema } } };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, StoreSql sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql.AppliedVersions, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(text, connection, transaction);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
