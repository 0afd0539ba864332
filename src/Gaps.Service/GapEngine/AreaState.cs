namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// What <see cref="IncrementalComparison"/> keeps for one area of its category: the area's needs and
/// the offers serving it, each in input order (by position, so sums run in the order a full
/// recompute uses), and the cell's gaps as last derived.
/// </summary>
internal sealed class AreaState(string category, string code, bool profiles)
{
    private readonly List<long> _positions = [];

    // The needs as read, with buffers of the cell's own, kept as needs come and go (CategoryNeeds.Insert, RemoveAt): a change
    // (or a week of the planning horizon) moves a few array entries in the cells whose needs it changed instead of reading
    // their needs again, and the cells it only reaches through shared places are not read at all.
    private readonly Workspace _space = new();
    private CellNeeds? _read;

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
        if (_read is { Table: { Count: > 0, Uniform: true } table } read && table.Insert(at, need, table.Area[0])) read.Behind.Add(read.Behind.Count);
        else _read = null;
    }

    /// <summary>Removes the need at <paramref name="position"/> and returns it.</summary>
    public NeedInput RemoveNeed(long position)
    {
        var at = _positions.BinarySearch(position);
        var need = Needs[at];
        _positions.RemoveAt(at);
        Needs.RemoveAt(at);
        // Read again once the numbers of responses gone outnumber the needs, so a kept cell does not grow with its churn.
        if (_read is { Table: { Uniform: true } table } read && table.Responses <= 2 * table.Count + 16)
        {
            table.RemoveAt(at);
            read.Behind.RemoveAt(read.Behind.Count - 1);
        }
        else _read = null;
        return need;
    }

    public void AddServing(OfferReach offer) => Serving.Insert(~Find(offer.Position), offer);

    public void RemoveServing(OfferReach offer) => Serving.RemoveAt(Find(offer.Position));

    /// <summary>Where the offer at <paramref name="position"/> serves the area, or (as a complement) where it would: a big city's areas have hundreds.</summary>
    private int Find(long position)
    {
        var (low, high) = (0, Serving.Count - 1);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var at = Serving[mid].Position;
            if (at == position) return mid;
            if (at < position) low = mid + 1;
            else high = mid - 1;
        }
        return ~low;
    }

    /// <summary>The area's needs as the comparison reads them.</summary>
    public CellNeeds Read(AreaIndex areas)
    {
        if (_read is { } read) return read;
        var table = new CategoryNeeds(Needs, areas, _space, Needs.Count > 0 ? areas.IndexOf(Needs[0].AreaCode) : null);
        return (_read = new CellNeeds(table, Needs, [.. Enumerable.Range(0, Needs.Count)], new ResponseCounter(table, _space))).Value;
    }
}
