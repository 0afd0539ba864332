namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Two-step floating catchment per slot, for one category: in each slot an open offer's free
/// places are shared among the areas it serves in proportion to their demand then, so no place is
/// counted twice. Arrays are area-major (<c>area × 672 + slot</c>).
/// </summary>
internal sealed class SharedPlaces : IDisposable
{
    private const int T = WeekSlots.Count;
    private const double Epsilon = 1e-9;

    private SharedPlaces(int areas)
    {
        Open = new PooledSlots<bool>(areas);
        Places = new PooledSlots<double>(areas);
        Serving = new List<OfferInput>?[areas];
    }

    /// <summary>Whether any offer serving the area is open in the slot.</summary>
    public PooledSlots<bool> Open { get; }

    /// <summary>The free places the area gets in the slot.</summary>
    public PooledSlots<double> Places { get; }

    /// <summary>The offers serving each area, in input order; null for an area no offer serves.</summary>
    public List<OfferInput>?[] Serving { get; }

    public static SharedPlaces Share(List<OfferInput> offers, AreaIndex areas, double km, double[] demand)
    {
        var shared = new SharedPlaces(areas.Count);
        var totals = new double[T];
        foreach (var offer in offers)
        {
            var catchment = areas.Catchment(offer, km);
            foreach (var a in catchment) (shared.Serving[a] ??= []).Add(offer);
            foreach (var range in SlotMath.Span(offer.Open))
            {
                if (range.Length <= 0) continue;
                // Step 1: the demand within reach of the offer in each slot of the range.
                var total = totals.AsSpan(0, range.Length);
                total.Clear();
                foreach (var a in catchment)
                {
                    shared.Open.Array.AsSpan(a * T + range.From, range.Length).Fill(true);
                    SlotMath.Add(total, demand.AsSpan(a * T + range.From, range.Length));
                }
                if (offer.FreePlaces <= 0) continue;
                // Step 2: its places shared by that demand.
                foreach (var a in catchment)
                    SlotMath.AddShare(shared.Places.Array.AsSpan(a * T + range.From, range.Length), demand.AsSpan(a * T + range.From, range.Length),
                        total, offer.FreePlaces, Epsilon);
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
