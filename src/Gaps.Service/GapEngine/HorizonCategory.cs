namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// One category going through the weeks of a horizon: its <see cref="IncrementalComparison"/> is given the offers and the
/// answers whose items differ from the week before, all at once. Offers and needs stand at the same index every week, so
/// a replaced item keeps its place and the comparison sums in the week's own input order — its findings are a full
/// comparison's bit for bit. A week that does not line up with the one before (other areas or distance, offers or needs
/// added, dropped or reordered) is compared afresh.
/// </summary>
internal sealed class HorizonCategory(string category)
{
    private readonly HashSet<ulong> _classes = [];
    private IncrementalComparison? _state;
    private TenantInput _last = null!;
    private Dictionary<Guid, List<int>> _items = [];
    private IReadOnlyList<GapFinding> _findings = [];
    private ulong _key;
    private int _needed;

    /// <summary>The category's distinct weeks so far with a need (<see cref="HorizonFindings.WeekClasses"/>), told apart by the sum of their items' keys.</summary>
    public int Classes => _classes.Count;

    /// <summary>The category's findings in the week of <paramref name="part"/> (the category's offers and needs only).</summary>
    public IReadOnlyList<GapFinding> Advance(TenantInput part)
    {
        if (_state is null || !LinesUp(part)) Start(part);
        else Update(_state, part);
        _last = part;
        if (_needed > 0) _classes.Add(_key);
        return _findings;
    }

    private void Start(TenantInput part)
    {
        _state = new IncrementalComparison(part, category);
        _items = [];
        _key = WeekClass.Key(part.Areas, ServingDistances.For(category, part.ServingKm));
        _needed = 0;
        foreach (var offer in part.Offers) _key += WeekClass.Key(offer);
        for (var i = 0; i < part.Needs.Count; i++)
        {
            var need = part.Needs[i];
            if (!_items.TryGetValue(need.ResponseId, out var items)) _items.Add(need.ResponseId, items = []);
            items.Add(i);
            _key += WeekClass.Key(need);
            if (need.Slots.Count > 0) _needed++;
        }
        _findings = _state.Findings();
    }

    private void Update(IncrementalComparison state, TenantInput part)
    {
        var offers = new List<OfferInput>();
        for (var i = 0; i < part.Offers.Count; i++)
        {
            var (before, now) = (_last.Offers[i], part.Offers[i]);
            if (ReferenceEquals(before, now) || WeekClass.Same(before, now)) continue;
            offers.Add(now);
            _key += WeekClass.Key(now) - WeekClass.Key(before);
        }
        var answers = new HashSet<Guid>();
        for (var i = 0; i < part.Needs.Count; i++)
        {
            var (before, now) = (_last.Needs[i], part.Needs[i]);
            if (ReferenceEquals(before, now) || WeekClass.Same(before, now)) continue;
            answers.Add(now.ResponseId);
            _key += WeekClass.Key(now) - WeekClass.Key(before);
            _needed += (now.Slots.Count > 0 ? 1 : 0) - (before.Slots.Count > 0 ? 1 : 0);
        }
        if (offers.Count == 0 && answers.Count == 0) return;
        // An answer's items in their order: the first takes the first one's place, and so on.
        state.Apply(offers, answers.Select(r => (r, _items[r].Select(i => part.Needs[i]))));
        _findings = state.Findings();
    }

    /// <summary>The same areas, distance, offers and answers at the same index as the week before: only their content may differ.</summary>
    private bool LinesUp(TenantInput part)
    {
        if (ServingDistances.For(category, _last.ServingKm) != ServingDistances.For(category, part.ServingKm)) return false;
        if (!ReferenceEquals(_last.Areas, part.Areas) && !_last.Areas.SequenceEqual(part.Areas)) return false;
        if (_last.Offers.Count != part.Offers.Count || _last.Needs.Count != part.Needs.Count) return false;
        for (var i = 0; i < part.Offers.Count; i++)
            if (_last.Offers[i].OfferId != part.Offers[i].OfferId) return false;
        for (var i = 0; i < part.Needs.Count; i++)
            if (_last.Needs[i].ResponseId != part.Needs[i].ResponseId) return false;
        return true;
    }
}
