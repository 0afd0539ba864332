namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// What <see cref="IncrementalComparison"/> keeps for one area of its category: the area's needs and
/// the offers serving it, each in input order (by position, so sums run in the order a full
/// recompute uses), and the cell's gaps as last derived.
/// </summary>
internal sealed class AreaState(string category, string code, bool profiles)
{
    private readonly List<long> _positions = [];

    public List<NeedInput> Needs { get; } = [];

    public List<OfferReach> Serving { get; } = [];

    public CellGaps Gaps { get; } = new(category, code, profiles);

    /// <summary>Where the area's first need stands in the input: cells are listed in that order.</summary>
    public long First => _positions[0];

    public void AddNeed(long position, NeedInput need)
    {
        var at = ~_positions.BinarySearch(position);
        _positions.Insert(at, position);
        Needs.Insert(at, need);
    }

    /// <summary>Removes the need at <paramref name="position"/> and returns it.</summary>
    public NeedInput RemoveNeed(long position)
    {
        var at = _positions.BinarySearch(position);
        var need = Needs[at];
        _positions.RemoveAt(at);
        Needs.RemoveAt(at);
        return need;
    }

    public void AddServing(OfferReach offer)
    {
        var at = Serving.FindLastIndex(o => o.Position < offer.Position) + 1;
        Serving.Insert(at, offer);
    }

    public void RemoveServing(OfferReach offer) => Serving.Remove(offer);

    /// <summary>The area's needs read into the thread's <see cref="Workspace"/>; valid until the next table is read on this thread.</summary>
    public CellNeeds Read(AreaIndex areas)
    {
        var space = Workspace.Current;
        var table = new CategoryNeeds(Needs, areas, space);
        return new CellNeeds(table, Needs, [.. Enumerable.Range(0, Needs.Count)], new ResponseCounter(table, space));
    }
}
