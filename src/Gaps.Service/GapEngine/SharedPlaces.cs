namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Two-step floating catchment per slot, for one category: in each slot an open offer's free
/// places are shared among the areas it serves in proportion to their demand then, so no place is
/// counted twice. Arrays are area-major (<c>area × 672 + slot</c>).
/// </summary>
internal sealed class SharedPlaces : IDisposable
{
    private SharedPlaces(int areas)
    {
        Open = new PooledSlots<bool>(areas);
        Places = new PooledSlots<double>(areas);
        Serving = new List<OfferReach>?[areas];
    }

    /// <summary>Whether any offer serving the area is open in the slot.</summary>
    public PooledSlots<bool> Open { get; }

    /// <summary>The free places the area gets in the slot.</summary>
    public PooledSlots<double> Places { get; }

    /// <summary>The offers serving each area, in input order; null for an area no offer serves.</summary>
    public List<OfferReach>?[] Serving { get; }

    public static SharedPlaces Share(List<OfferInput> offers, AreaIndex areas, double km, double[] demand)
    {
        var shared = new SharedPlaces(areas.Count);
        for (var o = 0; o < offers.Count; o++)
        {
            var reach = new OfferReach(offers[o], areas.Catchment(offers[o], km), o);
            reach.Sum(demand, reach.Opening);
            foreach (var a in reach.Catchment)
            {
                (shared.Serving[a] ??= []).Add(reach);
                reach.MarkOpen(a, shared.Open.Array);
                reach.Share(a, shared.Places.Array, demand, reach.Opening);
            }
        }
        return shared;
    }

    public void Dispose()
    {
        Open.Dispose();
        Places.Dispose();
    }
}
