namespace GutAusgestattet.Persistence;

/// <summary>
/// New rows held outside the change tracker for a bulk writer (see <see cref="TenantDbContext.StageAddedRows"/>):
/// tracking costs more per row than building it, and a bulk writer needs none of it. Each entity
/// type keeps the order its rows were added in (outbox messages are sent in that order). The rows
/// are the writer's once staged: nothing may change them.
/// </summary>
public sealed class StagedRows
{
    private readonly Dictionary<Type, List<object>> _rows = [];

    /// <summary>The staged rows by entity type, each in the order it was added in.</summary>
    public IEnumerable<(Type Type, IReadOnlyList<object> Rows)> Tables => _rows.Select(t => (t.Key, (IReadOnlyList<object>)t.Value));

    public int Count => _rows.Values.Sum(r => r.Count);

    internal void Add(object entity)
    {
        var type = entity.GetType();
        if (!_rows.TryGetValue(type, out var rows)) _rows[type] = rows = [];
        rows.Add(entity);
    }

    /// <summary>Whether <paramref name="entity"/> is staged; searched from the newest row, as the outbox asks about its latest state row.</summary>
    internal bool Contains(object entity)
    {
        if (!_rows.TryGetValue(entity.GetType(), out var rows)) return false;
        for (var i = rows.Count - 1; i >= 0; i--)
            if (ReferenceEquals(rows[i], entity)) return true;
        return false;
    }
}
