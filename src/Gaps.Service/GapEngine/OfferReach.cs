namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// One offer in the two-step floating catchment: the areas it serves, the slots it is open and, per
/// open slot, the demand within its reach (step 1). Kept per offer so that a change elsewhere can
/// recompute only the slots it touches: every sum runs over the same terms in the same order as a
/// full recompute (catchment areas ascending for the demand, one addition per element), so a part
/// recomputed is bit for bit what the whole would give.
/// <para>Arrays are area-major (<c>area × 672 + slot</c>).</para>
/// </summary>
internal sealed class OfferReach
{
    private const int T = WeekSlots.Count;
    private const double Epsilon = 1e-9;

    public static readonly SlotRange WholeWeek = new(0, T);

    private readonly SlotRange[] _ranges;
    private readonly int[] _offsets;
    private readonly double[] _totals;

    /// <param name="position">The offer's place in the category's input: the order its places are added in.</param>
    public OfferReach(OfferInput offer, int[] catchment, long position)
    {
        Offer = offer;
        Catchment = catchment;
        Position = position;
        var ranges = new List<SlotRange>();
        // An empty range opens nothing, as in a slot-by-slot loop.
        foreach (var range in SlotMath.Span(offer.Open))
            if (range.Length > 0) ranges.Add(range);
        _ranges = [.. ranges];
        _offsets = new int[_ranges.Length];
        var length = 0;
        for (var r = 0; r < _ranges.Length; r++)
        {
            _offsets[r] = length;
            length += _ranges[r].Length;
        }
        _totals = new double[length];
    }

    public OfferInput Offer { get; }

    /// <summary>The offer's own area and every area whose centre lies within the serving distance, ascending.</summary>
    public int[] Catchment { get; }

    public long Position { get; }

    /// <summary>Step 1 within <paramref name="within"/>: the demand of the catchment in each open slot.</summary>
    public void Sum(double[] demand, SlotRange within)
    {
        for (var r = 0; r < _ranges.Length; r++)
        {
            if (!Clip(r, within, out var from, out var length)) continue;
            var total = _totals.AsSpan(_offsets[r] + from - _ranges[r].From, length);
            total.Clear();
            foreach (var a in Catchment) SlotMath.Add(total, demand.AsSpan(a * T + from, length));
        }
    }

    /// <summary>Step 2 within <paramref name="within"/>: adds the area's share of the offer's places.</summary>
    public void Share(int area, double[] places, double[] demand, SlotRange within)
    {
        if (Offer.FreePlaces <= 0) return;
        for (var r = 0; r < _ranges.Length; r++)
        {
            if (!Clip(r, within, out var from, out var length)) continue;
            SlotMath.AddShare(places.AsSpan(area * T + from, length), demand.AsSpan(area * T + from, length),
                _totals.AsSpan(_offsets[r] + from - _ranges[r].From, length), Offer.FreePlaces, Epsilon);
        }
    }

    /// <summary>Marks the slots the offer is open in the area's row.</summary>
    public void MarkOpen(int area, bool[] open)
    {
        foreach (var range in _ranges) open.AsSpan(area * T + range.From, range.Length).Fill(true);
    }

    private bool Clip(int r, SlotRange within, out int from, out int length)
    {
        from = Math.Max(_ranges[r].From, within.From);
        length = Math.Min(_ranges[r].To, within.To) - from;
        return length > 0;
    }
}
