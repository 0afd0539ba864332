using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>A category's comparison state as of a committed refresh: valid while the cell's revision, the week and the ground are still these.</summary>
public sealed record KeptComparison(string TenantId, string Category, IncrementalComparison Comparison, CategoryGround Ground, DateOnly Week, int Revision);

/// <summary>
/// The comparison states this instance keeps between refreshes, so that a changed offer or answer
/// updates a big category in milliseconds instead of reloading it. Only categories of at least
/// <c>Gaps:KeepStatesFrom</c> offers and demand items are worth it (a small one recomputes in
/// microseconds); at most <c>Gaps:KeptStates</c> are held, the least recently refreshed dropped
/// first (a big city's category holds several MiB).
/// <para>
/// A refresh takes its state out and puts it back only after its transaction committed: a failed
/// refresh leaves nothing behind that the database does not hold, and the next one reloads.
/// </para>
/// </summary>
public sealed class KeptComparisons(IConfiguration configuration)
{
    private readonly int _from = configuration.GetValue("Gaps:KeepStatesFrom", 2000);
    private readonly int _capacity = configuration.GetValue("Gaps:KeptStates", 50);
    private readonly Lock _lock = new();
    private readonly Dictionary<(string, string), LinkedListNode<KeptComparison>> _kept = [];
    private readonly LinkedList<KeptComparison> _recent = [];

    public bool WorthKeeping(int items) => _capacity > 0 && items >= _from;

    public KeptComparison? Take(string tenantId, string category)
    {
        lock (_lock)
        {
            if (!_kept.Remove((tenantId, category), out var node)) return null;
            _recent.Remove(node);
            return node.Value;
        }
    }

    public void Keep(KeptComparison kept)
    {
        lock (_lock)
        {
            if (_kept.Remove((kept.TenantId, kept.Category), out var replaced)) _recent.Remove(replaced);
            _kept.Add((kept.TenantId, kept.Category), _recent.AddFirst(kept));
            while (_kept.Count > _capacity)
            {
                _kept.Remove((_recent.Last!.Value.TenantId, _recent.Last.Value.Category));
                _recent.RemoveLast();
            }
        }
    }
}
