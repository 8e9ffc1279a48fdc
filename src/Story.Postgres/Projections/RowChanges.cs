namespace Story.Postgres.Projections;

/// <summary>
/// The read-model rows a batch changed, by table and key, each with the position of the last event that changed it.
/// Changes are found by reference: the folds return the very same object for every part of the state they leave alone.
/// </summary>
internal sealed class RowChanges
{
    private readonly Dictionary<string, Dictionary<string, long>> _tables = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> In(string table) =>
        _tables.TryGetValue(table, out var rows) ? rows : new Dictionary<string, long>();

    public void Mark(string table, string key, long position)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            rows = new Dictionary<string, long>(StringComparer.Ordinal);
            _tables[table] = rows;
        }

        rows[key] = position;
    }

    /// <summary>Marks the one row <paramref name="key"/> if it was added, replaced or removed.</summary>
    public void CompareKey<T>(string table, IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after, string key, long position)
        where T : class
    {
        var had = before.TryGetValue(key, out var old);
        var has = after.TryGetValue(key, out var current);
        if (had != has || !ReferenceEquals(old, current))
        {
            Mark(table, key, position);
        }
    }

    /// <summary>Marks every row that was added, replaced or removed.</summary>
    public void Compare<T>(string table, IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after, long position)
        where T : class
    {
        if (ReferenceEquals(before, after))
        {
            return;
        }

        foreach (var (key, value) in after)
        {
            if (!before.TryGetValue(key, out var old) || !ReferenceEquals(old, value))
            {
                Mark(table, key, position);
            }
        }

        foreach (var key in before.Keys)
        {
            if (!after.ContainsKey(key))
            {
                Mark(table, key, position);
            }
        }
    }
}
