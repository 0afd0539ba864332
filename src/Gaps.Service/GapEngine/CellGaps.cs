namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>The needs of one cell as the comparison reads them: <paramref name="Behind"/> indexes both the table and the list.</summary>
internal readonly record struct CellNeeds(CategoryNeeds Table, List<NeedInput> Needs, List<int> Behind, ResponseCounter Responses);

/// <summary>
/// The gaps of one category in one area (a cell), from the area's demand, opening and shared
/// places per slot: no serving offer is a content gap; otherwise time, capacity and feature gaps,
/// listed in that order. Kept per cell so an incremental update can redo one kind and keep the rest.
/// </summary>
internal sealed class CellGaps(string category, string area, bool profiles)
{
    private const double Epsilon = 1e-9;
    private const string DefaultLanguage = "de";
    private const int Content = 0, Time = 1, Capacity = 2, Feature = 3;

    private readonly GapFinding?[] _gaps = new GapFinding?[4];
    private double _hours;

    // Kept from the last derivation: a recapacitation changes free places only, never which offers serve nor their reservations.
    private UnknownOccupancy _unknown;
    private int _reserved;

    public void Derive(ReadOnlySpan<double> need, List<OfferReach>? serving, ReadOnlySpan<bool> open, ReadOnlySpan<double> places,
        CellNeeds needs, double[] shortfall)
    {
        Array.Clear(_gaps);
        _hours = 0;
        _unknown = default;
        _reserved = 0;
        foreach (var slot in need) _hours += slot * WeekSlots.HoursPerSlot;
        if (_hours <= Epsilon) return;
        ResponseCount Responses(SlotSet slots) => needs.Responses.Count(needs.Behind, slots);

        if (serving is not { Count: > 0 })
        {
            _gaps[Content] = Finding(GapKind.Content, need, Responses);
            return;
        }
        for (var t = 0; t < WeekSlots.Count; t++) shortfall[t] = open[t] ? 0 : need[t];
        _gaps[Time] = Finding(GapKind.Time, shortfall, Responses);
        _unknown = UnknownOccupancy.Of(serving.Select(o => o.Offer));
        foreach (var offer in serving) _reserved += offer.Offer.ReservedPlaces;
        CapacityShortfall(need, open, places, shortfall);
        _gaps[Capacity] = Finding(GapKind.Capacity, shortfall, Responses) is { } capacity ? capacity with { Unknown = _unknown, ReservedPlaces = _reserved } : null;

        var features = new ServingFeatures(serving);
        var table = needs.Table;
        var unmet = needs.Behind.FindAll(i => table.AsksFeature[i] && !features.CanTake(needs.Needs[i]));
        if (unmet.Count == 0) return;
        shortfall.AsSpan().Clear();
        foreach (var i in unmet) table.AddTo(shortfall, i);
        _gaps[Feature] = Finding(GapKind.Feature, shortfall, slots => needs.Responses.Count(unmet, slots)) is { } feature
            ? feature with { Missing = features.Missing(unmet.Select(i => needs.Needs[i])) }
            : null;
    }

    /// <summary>
    /// The capacity gap again when only the places shared with the area changed (its demand, needs
    /// and serving offers did not): responses are counted again only if the gap's slots changed.
    /// </summary>
    public void Recapacitate(ReadOnlySpan<double> need, ReadOnlySpan<bool> open, ReadOnlySpan<double> places, double[] shortfall,
        Func<SlotSet, ResponseCount> responses)
    {
        if (_hours <= Epsilon || _gaps[Content] is not null) return;
        var before = _gaps[Capacity];
        CapacityShortfall(need, open, places, shortfall);
        _gaps[Capacity] = Finding(GapKind.Capacity, shortfall,
                slots => before is not null && before.Slots.Equals(slots) ? new ResponseCount(before.Responses, before.UnweightedResponses) : responses(slots))
            is { } capacity ? capacity with { Unknown = _unknown, ReservedPlaces = _reserved } : null;
    }

    public void AppendTo(List<GapFinding> findings)
    {
        foreach (var gap in _gaps)
            if (gap is not null) findings.Add(gap);
    }

    private static void CapacityShortfall(ReadOnlySpan<double> need, ReadOnlySpan<bool> open, ReadOnlySpan<double> places, Span<double> shortfall)
    {
        for (var t = 0; t < WeekSlots.Count; t++) shortfall[t] = open[t] ? Math.Max(0, need[t] - places[t]) : 0;
    }

    /// <summary>A finding from a per-slot shortfall, or null when nothing falls short.</summary>
    private GapFinding? Finding(GapKind kind, ReadOnlySpan<double> shortfall, Func<SlotSet, ResponseCount> responses)
    {
        var slots = new SlotSet();
        var peak = 0.0;
        var hours = 0.0;
        var profile = profiles ? new float[WeekSlots.Count] : null;
        for (var t = 0; t < WeekSlots.Count; t++)
        {
            var persons = shortfall[t];
            if (persons <= Epsilon) continue;
            slots.Add(t);
            peak = Math.Max(peak, persons);
            hours += persons * WeekSlots.HoursPerSlot;
            profile?[t] = (float)persons;
        }
        if (slots.IsEmpty) return null;
        var count = responses(slots);
        return new GapFinding(category, area, kind, slots, peak, hours, count.All,
            GapMeasures.Severity(hours, _hours), GapMeasures.Confidence(count.All), profile, UnweightedResponses: count.Unweighted);
    }

    /// <summary>Whether the offers serving an area can take a need: a short-term place, a language it speaks (German when none is given).</summary>
    private sealed class ServingFeatures(List<OfferReach> serving)
    {
        private HashSet<string>? _languages;
        private bool? _shortTerm;

        public bool CanTake(NeedInput need) => !LacksShortTerm(need) && !LacksLanguage(need);

        /// <summary>What the offers lack for needs they cannot take: short-term places, or every language a need asks for when they speak none of them.</summary>
        public MissingFeatures Missing(IEnumerable<NeedInput> unmet)
        {
            var shortTerm = false;
            var languages = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var need in unmet)
            {
                shortTerm |= LacksShortTerm(need);
                if (LacksLanguage(need)) languages.UnionWith(need.Languages);
            }
            return new MissingFeatures([.. shortTerm ? [MissingFeatures.ShortTerm] : Array.Empty<string>(), .. languages]);
        }

        private bool LacksShortTerm(NeedInput need) => need.Temporary && !(_shortTerm ??= serving.Exists(o => o.Offer.TakesShortTerm));

        private bool LacksLanguage(NeedInput need) => need.Languages.Count > 0 && !need.Languages.Any((_languages ??= Languages()).Contains);

        private HashSet<string> Languages() =>
            serving.SelectMany(o => o.Offer.Languages.Count > 0 ? o.Offer.Languages : [DefaultLanguage]).ToHashSet(StringComparer.Ordinal);
    }
}
