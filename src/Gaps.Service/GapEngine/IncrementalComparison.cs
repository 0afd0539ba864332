namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// One tenant's gaps in one category, kept up to date change by change instead of recomputed: a
/// big city's category holds tens of thousands of needs, but a changed answer touches a few hundred
/// slots of one area and a changed offer the areas it serves.
/// <para>
/// The state is what <see cref="SlotComparison"/> computes on the way — demand per area and slot,
/// each offer's catchment and the demand within its reach, the places each area gets, each cell's
/// gaps — and a change recomputes only the parts it touches: the changed areas' demand from their
/// own needs, the reach of the offers serving them and the shares of the areas those serve, all
/// within the changed slots; then the gaps of those cells. Each part is summed over the same terms
/// in the same order as a full recompute, never by subtracting the old value, so
/// <see cref="Findings"/> equals <c>SlotComparison.Compute(input, category)</c> on the changed input
/// bit for bit, however many changes were applied: there is no drift to reset.
/// </para>
/// <para>
/// Input order: a replaced offer or demand item keeps its place, a new one comes last, a withdrawn
/// one is taken out — the input a full recompute is to be compared with is the original with the
/// same edits. Not thread-safe: one instance per tenant and category, changed by one thread at a time.
/// </para>
/// </summary>
public sealed class IncrementalComparison
{
    private const int T = WeekSlots.Count;

    private readonly double _km;
    private readonly bool _profiles;
    private readonly AreaIndex _areas;
    private readonly List<AreaState> _cells = [];
    private readonly Dictionary<Guid, OfferReach> _offers = [];
    private readonly Dictionary<Guid, List<(long Position, int Area)>> _answers = [];
    private readonly double[] _shortfall = new double[T];
    private double[] _demand = [];
    private double[] _places = [];
    private bool[] _open = [];
    private long _nextOffer;
    private long _nextNeed;

    public IncrementalComparison(TenantInput input, string category, bool profiles = false)
    {
        Category = category;
        _km = ServingDistances.For(category, input.ServingKm);
        _profiles = profiles;
        var offers = input.Offers.Where(o => o.Category == category).ToList();
        _areas = new AreaIndex(input.Areas, offers);
        Grow();
        foreach (var need in input.Needs)
            if (need.Category == category) Place(_nextNeed++, need);
        foreach (var offer in offers)
        {
            var reach = new OfferReach(offer, _areas.Catchment(offer, _km), _nextOffer++);
            _offers.Add(offer.OfferId, reach);
            foreach (var a in reach.Catchment) _cells[a].Serving.Add(reach);
        }
        for (var a = 0; a < _cells.Count; a++) Demand(a);
        foreach (var reach in _offers.Values) reach.Sum(_demand, reach.Opening);
        for (var a = 0; a < _cells.Count; a++)
        {
            Open(a);
            Share(a, Window.Week);
            Derive(a);
        }
    }

    public string Category { get; }

    /// <summary>The category's gaps as they stand: cells in the order of their first need, as <see cref="SlotComparison"/> lists them.</summary>
    public List<GapFinding> Findings()
    {
        var findings = new List<GapFinding>();
        foreach (var cell in _cells.Where(c => c.Needs.Count > 0).OrderBy(c => c.First)) cell.Gaps.AppendTo(findings);
        return findings;
    }

    /// <summary>Adds the offer or replaces the one with its id (new free places, hours, features or location).</summary>
    public void SetOffer(OfferInput offer) => Apply([offer], []);

    public void WithdrawOffer(Guid offerId)
    {
        if (!_offers.Remove(offerId, out var before)) return;
        var change = new Change();
        Replace(before, null, placesOnly: false, change);
        Rebalance(change);
    }

    /// <summary>
    /// Sets the answer's demand items of this category (others are ignored), replacing those it had:
    /// the first items take the places of the previous ones, more come last, fewer leave the rest out.
    /// An item without slots keeps its place but counts nowhere, as if left out of a full recompute.
    /// </summary>
    public void SetAnswer(Guid responseId, IEnumerable<NeedInput> needs) => Apply([], [(responseId, needs)]);

    public void WithdrawAnswer(Guid responseId) => SetAnswer(responseId, []);

    /// <summary>
    /// Sets offers (as <see cref="SetOffer"/>) and answers (as <see cref="SetAnswer"/>) together and rebalances once: a
    /// week of the planning horizon changes hundreds of needs and offers at a time, whose areas and slots overlap.
    /// </summary>
    public void Apply(IEnumerable<OfferInput> offers, IEnumerable<(Guid ResponseId, IEnumerable<NeedInput> Needs)> answers)
    {
        var change = new Change();
        foreach (var offer in offers) Set(offer, change);
        foreach (var (responseId, needs) in answers) Set(responseId, needs, change);
        Rebalance(change);
    }

    private void Set(OfferInput offer, Change change)
    {
        if (offer.Category != Category) throw new ArgumentException($"The offer is of {offer.Category}, not {Category}.", nameof(offer));
        var before = _offers.GetValueOrDefault(offer.OfferId);
        // Where it stands decides the areas it serves: an offer closed or opened in place serves the same areas.
        var catchment = before is not null && before.Offer.AreaCode == offer.AreaCode && before.Offer.Latitude == offer.Latitude
            && before.Offer.Longitude == offer.Longitude ? before.Catchment : _areas.Catchment(offer, _km);
        var reach = new OfferReach(offer, catchment, before?.Position ?? _nextOffer++);
        Grow();
        _offers[offer.OfferId] = reach;
        // Other free places and nothing else: the areas' openings, serving offers, time and feature gaps stay.
        var placesOnly = before is not null && before.Catchment.AsSpan().SequenceEqual(reach.Catchment)
            && before.Offer with { FreePlaces = offer.FreePlaces } == offer;
        Replace(before, reach, placesOnly, change);
    }

    private void Set(Guid responseId, IEnumerable<NeedInput> needs, Change change)
    {
        var items = needs.Where(n => n.Category == Category).ToList();
        if (items.Exists(n => n.ResponseId != responseId)) throw new ArgumentException($"Every item must belong to response {responseId}.", nameof(needs));
        var before = _answers.GetValueOrDefault(responseId) ?? [];
        _answers.Remove(responseId);
        for (var k = 0; k < Math.Max(before.Count, items.Count); k++)
        {
            if (k < before.Count && before[k].Area is var area and >= 0)
            {
                change.Slots.AddRange(_cells[area].RemoveNeed(before[k].Position).Slots);
                change.Demand.Add(area);
            }
            if (k >= items.Count) continue;
            if (Place(k < before.Count ? before[k].Position : _nextNeed++, items[k]) is var now and >= 0)
            {
                change.Slots.AddRange(items[k].Slots);
                change.Demand.Add(now);
            }
        }
    }

    /// <summary>Files a demand item under its area and answer; returns the area, or −1 for an item without slots (filed under its answer only).</summary>
    private int Place(long position, NeedInput need)
    {
        var area = -1;
        if (need.Slots.Count > 0)
        {
            area = _areas.IndexOf(need.AreaCode);
            Grow();
            _cells[area].AddNeed(position, need);
        }
        if (!_answers.TryGetValue(need.ResponseId, out var items)) _answers.Add(need.ResponseId, items = []);
        items.Add((position, area));
        return area;
    }

    /// <summary>
    /// After needs and offers changed: each area's demand from its needs, each offer's demand within reach, each area's
    /// opening and shared places, each cell's gaps — recomputed where a change reaches them, within the slots it touched.
    /// </summary>
    private void Rebalance(Change change)
    {
        var within = new Window(SlotSet.Of(change.Slots));
        var offers = new HashSet<OfferReach>();
        foreach (var a in change.Demand)
        {
            Demand(a);
            offers.UnionWith(_cells[a].Serving);
        }
        var shared = new HashSet<int>(change.Served);
        shared.UnionWith(change.Places);
        // An offer put in sums its demand within reach in all its slots (unless replaced again in the same change).
        foreach (var reach in change.Reaches)
        {
            if (_offers.GetValueOrDefault(reach.Offer.OfferId) != reach) continue;
            reach.Sum(_demand, reach.Opening);
            offers.Remove(reach);
        }
        foreach (var reach in offers)
        {
            reach.Sum(_demand, within.Of(reach));
            shared.UnionWith(reach.Catchment);
        }
        foreach (var a in change.Served) Open(a);
        foreach (var b in shared) Share(b, within);
        var derived = new HashSet<int>(change.Demand);
        derived.UnionWith(change.Served);
        foreach (var a in derived) Derive(a);
        // Elsewhere only the places shared with the area moved: only its capacity gap can change.
        foreach (var b in shared)
            if (!derived.Contains(b)) Recapacitate(b);
    }

    /// <summary>Takes <paramref name="before"/> out of the areas it served and puts <paramref name="now"/> in.</summary>
    private void Replace(OfferReach? before, OfferReach? now, bool placesOnly, Change change)
    {
        var areas = placesOnly ? change.Places : change.Served;
        if (before is not null)
        {
            change.Slots.AddRange(before.Offer.Open);
            areas.UnionWith(before.Catchment);
            foreach (var a in before.Catchment) _cells[a].RemoveServing(before);
        }
        if (now is null) return;
        change.Slots.AddRange(now.Offer.Open);
        areas.UnionWith(now.Catchment);
        foreach (var a in now.Catchment) _cells[a].AddServing(now);
        change.Reaches.Add(now);
    }

    /// <summary>The area's demand per slot from its own needs, in input order.</summary>
    private void Demand(int area)
    {
        var row = _demand.AsSpan(area * T, T);
        row.Clear();
        if (_cells[area].Needs.Count == 0) return;
        var needs = _cells[area].Read(_areas);
        foreach (var i in needs.Behind) needs.Table.AddTo(row, i);
    }

    private void Open(int area)
    {
        _open.AsSpan(area * T, T).Clear();
        foreach (var reach in _cells[area].Serving) reach.MarkOpen(area, _open);
    }

    /// <summary>The places the area gets within the slots, its serving offers' shares in input order.</summary>
    private void Share(int area, Window within)
    {
        foreach (var range in within.Ranges) _places.AsSpan(area * T + range.From, range.Length).Clear();
        foreach (var reach in _cells[area].Serving) reach.Share(area, _places, _demand, within.Of(reach));
    }

    private void Derive(int area)
    {
        var cell = _cells[area];
        if (cell.Needs.Count == 0) return;
        cell.Gaps.Derive(_demand.AsSpan(area * T, T), cell.Serving, _open.AsSpan(area * T, T), _places.AsSpan(area * T, T),
            cell.Read(_areas), _shortfall);
    }

    private void Recapacitate(int area)
    {
        var cell = _cells[area];
        if (cell.Needs.Count == 0) return;
        cell.Gaps.Recapacitate(_demand.AsSpan(area * T, T), _open.AsSpan(area * T, T), _places.AsSpan(area * T, T), _shortfall, slots =>
        {
            var needs = cell.Read(_areas);
            return needs.Responses.Count(needs.Behind, slots);
        });
    }

    /// <summary>Rows for areas an offer or need has just named.</summary>
    private void Grow()
    {
        for (var a = _cells.Count; a < _areas.Count; a++) _cells.Add(new AreaState(Category, _areas.Code(a), _profiles));
        if (_demand.Length == _areas.Count * T) return;
        Array.Resize(ref _demand, _areas.Count * T);
        Array.Resize(ref _places, _areas.Count * T);
        Array.Resize(ref _open, _areas.Count * T);
    }

    /// <summary>What a change touched, gathered before anything is recomputed.</summary>
    private sealed class Change
    {
        /// <summary>The slots of the needs and offers taken out and put in.</summary>
        public List<SlotRange> Slots { get; } = [];

        /// <summary>Areas whose needs changed.</summary>
        public HashSet<int> Demand { get; } = [];

        /// <summary>Areas an offer started or stopped serving, or serves with other hours, features or location.</summary>
        public HashSet<int> Served { get; } = [];

        /// <summary>Areas served by an offer whose free places alone changed.</summary>
        public HashSet<int> Places { get; } = [];

        /// <summary>The offers put in: their demand within reach is still to be summed.</summary>
        public List<OfferReach> Reaches { get; } = [];
    }

    /// <summary>The slots a change touched (or the whole week), and each offer's open slots among them, clipped once per change.</summary>
    private sealed class Window
    {
        public static readonly Window Week = new();

        private readonly Dictionary<OfferReach, OfferReach.Piece[]>? _clipped;

        public Window(SlotSet slots)
        {
            Ranges = [.. slots.Ranges()];
            _clipped = [];
        }

        private Window() => Ranges = [new SlotRange(0, T)];

        public IReadOnlyList<SlotRange> Ranges { get; }

        public OfferReach.Piece[] Of(OfferReach reach)
        {
            if (_clipped is null) return reach.Opening;
            if (!_clipped.TryGetValue(reach, out var pieces)) _clipped.Add(reach, pieces = reach.Clip(Ranges));
            return pieces;
        }
    }
}
