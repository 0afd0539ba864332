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

    private readonly double[] _totals;

    /// <param name="position">The offer's place in the category's input: the order its places are added in.</param>
    public OfferReach(OfferInput offer, int[] catchment, long position)
    {
        Offer = offer;
        Catchment = catchment;
        Position = position;
        var pieces = new List<Piece>();
        var length = 0;
        foreach (var range in SlotMath.Span(offer.Open))
        {
            // An empty range opens nothing, as in a slot-by-slot loop.
            if (range.Length <= 0) continue;
            pieces.Add(new Piece(range.From, range.Length, length));
            length += range.Length;
        }
        Opening = [.. pieces];
        _totals = new double[length];
    }

    public OfferInput Offer { get; }

    /// <summary>The offer's own area and every area whose centre lies within the serving distance, ascending.</summary>
    public int[] Catchment { get; }

    public long Position { get; }

    /// <summary>All slots the offer is open, range by range.</summary>
    public Piece[] Opening { get; }

    /// <summary>
    /// The open slots within <paramref name="within"/> (sorted, disjoint), range by range: clipped once per
    /// change, not once per area the offer serves.
    /// </summary>
    public Piece[] Clip(IReadOnlyList<SlotRange> within)
    {
        var pieces = new List<Piece>();
        foreach (var piece in Opening)
        {
            var end = piece.From + piece.Length;
            for (var s = First(within, piece.From); s < within.Count && within[s].From < end; s++)
            {
                var from = Math.Max(piece.From, within[s].From);
                pieces.Add(new Piece(from, Math.Min(end, within[s].To) - from, piece.Total + from - piece.From));
            }
        }
        return [.. pieces];
    }

    /// <summary>Step 1 in <paramref name="pieces"/>: the demand of the catchment in each open slot.</summary>
    public void Sum(double[] demand, Piece[] pieces)
    {
        foreach (var piece in pieces)
        {
            var total = _totals.AsSpan(piece.Total, piece.Length);
            total.Clear();
            foreach (var a in Catchment) SlotMath.Add(total, demand.AsSpan(a * T + piece.From, piece.Length));
        }
    }

    /// <summary>Step 2 in <paramref name="pieces"/>: adds the area's share of the offer's places.</summary>
    public void Share(int area, double[] places, double[] demand, Piece[] pieces)
    {
        if (Offer.FreePlaces <= 0) return;
        foreach (var piece in pieces)
            SlotMath.AddShare(places.AsSpan(area * T + piece.From, piece.Length), demand.AsSpan(area * T + piece.From, piece.Length),
                _totals.AsSpan(piece.Total, piece.Length), Offer.FreePlaces, Epsilon);
    }

    /// <summary>Marks the slots the offer is open in the area's row.</summary>
    public void MarkOpen(int area, bool[] open)
    {
        foreach (var piece in Opening) open.AsSpan(area * T + piece.From, piece.Length).Fill(true);
    }

    /// <summary>The first range of <paramref name="within"/> ending after <paramref name="slot"/>.</summary>
    private static int First(IReadOnlyList<SlotRange> within, int slot)
    {
        var (low, high) = (0, within.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (within[mid].To <= slot) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>A run of open slots <c>[From, From + Length)</c>; its demand within reach is kept from <c>Total</c> on.</summary>
    internal readonly record struct Piece(int From, int Length, int Total);
}
