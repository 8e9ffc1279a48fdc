using System.Runtime.CompilerServices;
using Npgsql;
using Story.Postgres.Reading;
using Story.Store;

namespace Story.Postgres.Projections;

/// <summary>Statements on one connection and transaction, with positional parameters.</summary>
/// <remarks>Parameters are an explicit object[], never params: a string[] argument would silently become the parameter list.</remarks>
internal static class Db
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, object[] values)
    {
        var command = new NpgsqlCommand(text, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    public static NpgsqlBatchCommand BatchCommand(string text, object[] values)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, object[] values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, values);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> LongAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, object[] values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, values);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row's columns read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> RowsAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, object[] values, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Events as the store reads them, from a query selecting the store's event columns.</summary>
    public static async IAsyncEnumerable<RecordedEvent> EventsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, object[] values, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return EventRows.Read(reader);
        }
    }

    /// <summary>Runs the statements in one round trip; an empty list sends nothing.</summary>
    public static async Task ExecuteBatchAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        if (commands.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
