using Npgsql;
using Story.Facts;
using Story.Projections;

namespace Story.Postgres.Projections;

/// <summary>
/// A pure projection from Story.Projections kept as rows: how its state is read back from them, which rows a fact
/// changed, and how those rows are written. The daemon owns the transaction, the checkpoint and the batching.
/// </summary>
/// <typeparam name="TState">The projection's state.</typeparam>
internal abstract class ReadModel<TState>(ProjectionSql sql)
{
    protected ProjectionSql Sql { get; } = sql;

    public abstract IProjection<TState> Projection { get; }

    /// <summary>The tables holding the state (bare names, in the store's schema); emptied on rebuild.</summary>
    public abstract IReadOnlyList<string> Tables { get; }

    /// <summary>The state the rows hold, which is the fold of the log up to <paramref name="checkpoint"/>.</summary>
    public abstract Task<TState> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, CancellationToken cancellationToken);

    /// <summary>Notes in <paramref name="changes"/> the rows that folding <paramref name="fact"/> into <paramref name="before"/> changed.</summary>
    public abstract void Track(TState before, TState after, RecordedFact fact, RowChanges changes);

    /// <summary>The statements that write the changed rows of <paramref name="state"/> (upserts and deletes).</summary>
    public abstract IEnumerable<NpgsqlBatchCommand> Save(TState state, RowChanges changes);

    /// <summary>Upserts and deletes for one table keyed by one text column; <paramref name="row"/> gives the other columns' values as text.</summary>
    protected IEnumerable<NpgsqlBatchCommand> Write<T>(
        string table, string keyColumn, IReadOnlyList<Column> columns, IReadOnlyDictionary<string, T> current, IReadOnlyDictionary<string, long> changed, Func<T, string[]> row)
    {
        var keys = new List<string>();
        var positions = new List<long>();
        var values = columns.Select(_ => new List<string>()).ToArray();
        var removed = new List<string>();
        foreach (var (key, position) in changed.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!current.TryGetValue(key, out var item))
            {
                removed.Add(key);
                continue;
            }

            keys.Add(key);
            positions.Add(position);
            var cells = row(item);
            for (var i = 0; i < columns.Count; i++)
            {
                values[i].Add(cells[i]);
            }
        }

        if (keys.Count > 0)
        {
            var names = string.Join(", ", columns.Select(c => c.Name));
            var unnest = string.Join(", ", columns.Select((c, i) => $"${i + 3}::text[]"));
            var casts = string.Join(", ", columns.Select((c, i) => $"c{i}::{c.Type}"));
            var aliases = string.Join(", ", columns.Select((_, i) => $"c{i}"));
            var updates = string.Join(", ", columns.Select(c => $"{c.Name} = excluded.{c.Name}"));
            var text =
                $"INSERT INTO {Sql.Table(table)} ({keyColumn}, position, {names}) " +
                $"SELECT k, p, {casts} FROM unnest($1::text[], $2::bigint[], {unnest}) AS x(k, p, {aliases}) " +
                $"ON CONFLICT ({keyColumn}) DO UPDATE SET position = excluded.position, {updates}";
            object[] parameters = [keys.ToArray(), positions.ToArray(), .. values.Select(v => v.ToArray())];
            yield return Db.BatchCommand(text, parameters);
        }

        if (removed.Count > 0)
        {
            yield return Db.BatchCommand($"DELETE FROM {Sql.Table(table)} WHERE {keyColumn} = ANY($1)", [removed.ToArray()]);
        }
    }

    /// <summary>A column of a read-model table besides its key and position: values are sent as text and cast to <c>Type</c>.</summary>
    protected sealed record Column(string Name, string Type);
}
