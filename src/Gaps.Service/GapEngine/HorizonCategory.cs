namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// One category going through the weeks of a horizon (<see cref="PlanningHorizon"/>): its
/// <see cref="IncrementalComparison"/>, given the offers and answers that changed since the week before all at once, and
/// the key of the week it stands at, to count its distinct weeks by.
/// </summary>
internal sealed class HorizonCategory(string category)
{
    private readonly HashSet<ulong> _classes = [];
    private IncrementalComparison _state = null!;
    private ulong _key;
    private int _needed;

    /// <summary>The category's findings in the week it stands at.</summary>
    public IReadOnlyList<GapFinding> Findings { get; private set; } = [];

    /// <summary>The category's distinct weeks so far with a need (<see cref="HorizonFindings.WeekClasses"/>), told apart by the sum of their items' keys.</summary>
    public int Classes => _classes.Count;

    /// <summary>Compares the week afresh: <paramref name="part"/> holds the category's offers and needs only.</summary>
    public void Start(TenantInput part)
    {
        _state = new IncrementalComparison(part, category);
        _key = WeekClass.Key(part.Areas, ServingDistances.For(category, part.ServingKm));
        _needed = 0;
        foreach (var offer in part.Offers) _key += WeekClass.Key(offer);
        foreach (var need in part.Needs)
        {
            _key += WeekClass.Key(need);
            if (need.Slots.Count > 0) _needed++;
        }
        Findings = _state.Findings();
    }

    /// <summary>The next week, from what changed; <paramref name="itemsOf"/> gives an answer's items in the week, in input order.</summary>
    public void Update(HorizonChange change, Func<Guid, IEnumerable<NeedInput>> itemsOf)
    {
        var (offers, needs) = (change.Offers, change.Needs);
        foreach (var (before, now) in offers) _key += WeekClass.Key(now) - WeekClass.Key(before);
        foreach (var (before, now) in needs)
        {
            _key += WeekClass.Key(now) - WeekClass.Key(before);
            _needed += (now.Slots.Count > 0 ? 1 : 0) - (before.Slots.Count > 0 ? 1 : 0);
        }
        // An answer's items in their order: the first takes the first one's place, and so on.
        _state.Apply(offers.Select(o => o.Now), needs.Select(n => n.Now.ResponseId).Distinct().Select(r => (r, itemsOf(r))));
        Findings = _state.Findings();
    }

    /// <summary>Counts the week it stands at among the category's distinct weeks, if the category needs anything in it.</summary>
    public void Tally()
    {
        if (_needed > 0) _classes.Add(_key);
    }
}

/// <summary>The offers and needs of one category that differ from the week before, each as it was and as it is.</summary>
internal sealed class HorizonChange
{
    public List<(OfferInput Before, OfferInput Now)> Offers { get; } = [];

    public List<(NeedInput Before, NeedInput Now)> Needs { get; } = [];
}
