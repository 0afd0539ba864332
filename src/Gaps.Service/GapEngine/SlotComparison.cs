using GutAusgestattet.Gaps.GapDetection;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Compares one tenant's needs with its offers, per category, area and 15-minute slot of a week.
/// <para>
/// An offer serves its own area and every area whose centre lies within the category's serving
/// distance of the facility. In each slot an open offer's free places are shared among the areas
/// it serves in proportion to their demand then (two-step floating catchment per slot), so no
/// place is counted twice. Per area and slot with demand: no serving offer at all is a
/// <b>content</b> gap; serving offers but none open is a <b>time</b> gap; open but fewer shared
/// places than persons is a <b>capacity</b> gap. Needs for a short-term place or a language that
/// no serving offer provides are a <b>feature</b> gap in their slots.
/// </para>
/// </summary>
public static class SlotComparison
{
    private const double Epsilon = 1e-9;
    private const string DefaultLanguage = "de";

    public static List<GapFinding> Compute(TenantInput input, bool profiles = false)
    {
        var areas = new Areas(input.Areas, input.Offers, input.Needs);
        var findings = new List<GapFinding>();
        var offersByCategory = input.Offers.ToLookup(o => o.Category);
        foreach (var needs in input.Needs.GroupBy(n => n.Category))
            ComputeCategory(needs.Key, needs.ToList(), offersByCategory[needs.Key].ToList(), areas,
                ServingDistances.For(needs.Key, input.ServingKm), profiles, findings);
        return findings;
    }

    /// <summary>
    /// The gaps of one category only, the same as <see cref="Compute(TenantInput, bool)"/> finds for it:
    /// categories never share places, so a changed offer or answer changes only its own category's gaps,
    /// and a big city need not recompute the other ten.
    /// </summary>
    public static List<GapFinding> Compute(TenantInput input, string category, bool profiles = false)
    {
        var findings = new List<GapFinding>();
        var needs = input.Needs.Where(n => n.Category == category).ToList();
        if (needs.Count == 0) return findings;
        var offers = input.Offers.Where(o => o.Category == category).ToList();
        // Areas named only by other categories' offers or needs have no centre, so they serve and need nothing here.
        ComputeCategory(category, needs, offers, new Areas(input.Areas, offers, needs),
            ServingDistances.For(category, input.ServingKm), profiles, findings);
        return findings;
    }

    private static void ComputeCategory(string category, List<NeedInput> needs, List<OfferInput> offers, Areas areas, double km,
        bool profiles, List<GapFinding> findings)
    {
        const int T = WeekSlots.Count;
        var n = areas.Count;
        var demand = new double[n * T];
        foreach (var need in needs)
        {
            var row = areas.Index(need.AreaCode) * T;
            foreach (var range in need.Slots)
                for (var t = range.From; t < range.To; t++) demand[row + t] += need.Persons;
        }

        var open = new bool[n * T];
        var supply = new double[n * T];
        var served = new bool[n];
        var catchments = offers.Select(o => areas.Catchment(o, km)).ToList();
        for (var j = 0; j < offers.Count; j++)
        {
            var offer = offers[j];
            var catchment = catchments[j];
            foreach (var a in catchment) served[a] = true;
            foreach (var range in offer.Open)
                for (var t = range.From; t < range.To; t++)
                {
                    var total = 0.0;
                    foreach (var a in catchment)
                    {
                        open[a * T + t] = true;
                        total += demand[a * T + t];
                    }
                    if (total <= Epsilon || offer.FreePlaces <= 0) continue;
                    foreach (var a in catchment) supply[a * T + t] += offer.FreePlaces * demand[a * T + t] / total;
                }
        }

        foreach (var areaNeeds in needs.GroupBy(x => areas.Index(x.AreaCode)))
        {
            var a = areaNeeds.Key;
            var row = a * T;
            var cellHours = 0.0;
            for (var t = 0; t < T; t++) cellHours += demand[row + t] * WeekSlots.HoursPerSlot;
            if (cellHours <= Epsilon) continue;
            var context = new Cell(category, areas.Code(a), areaNeeds.ToList(), cellHours, profiles, findings);

            if (!served[a])
            {
                context.Add(GapKind.Content, t => demand[row + t]);
                continue;
            }
            context.Add(GapKind.Time, t => open[row + t] ? 0 : demand[row + t]);
            context.Add(GapKind.Capacity, t => open[row + t] ? Math.Max(0, demand[row + t] - supply[row + t]) : 0);

            var serving = offers.Where((_, j) => catchments[j].Contains(a)).ToList();
            var shortTerm = serving.Any(o => o.TakesShortTerm);
            var languages = serving.SelectMany(o => o.Languages.Count > 0 ? o.Languages : [DefaultLanguage]).ToHashSet(StringComparer.Ordinal);
            var unmet = context.Needs.Where(x => (x.Temporary && !shortTerm) || (x.Languages.Count > 0 && !x.Languages.Any(languages.Contains))).ToList();
            if (unmet.Count > 0)
            {
                var featureDemand = new double[T];
                foreach (var need in unmet)
                    foreach (var range in need.Slots)
                        for (var t = range.From; t < range.To; t++) featureDemand[t] += need.Persons;
                context.Add(GapKind.Feature, t => featureDemand[t], unmet);
            }
        }
    }

    /// <summary>One category in one area: turns a per-slot shortfall into a finding when there is any.</summary>
    private sealed class Cell(string category, string area, List<NeedInput> needs, double cellHours, bool profiles, List<GapFinding> findings)
    {
        public List<NeedInput> Needs => needs;

        public void Add(GapKind kind, Func<int, double> shortfall, List<NeedInput>? behind = null)
        {
            var slots = new SlotSet();
            var peak = 0.0;
            var hours = 0.0;
            var profile = profiles ? new float[WeekSlots.Count] : null;
            for (var t = 0; t < WeekSlots.Count; t++)
            {
                var persons = shortfall(t);
                if (persons <= Epsilon) continue;
                slots.Add(t);
                peak = Math.Max(peak, persons);
                hours += persons * WeekSlots.HoursPerSlot;
                profile?[t] = (float)persons;
            }
            if (slots.IsEmpty) return;
            var responses = (behind ?? needs).Where(x => x.Slots.Any(r => Overlaps(slots, r))).Select(x => x.ResponseId).Distinct().Count();
            findings.Add(new GapFinding(category, area, kind, slots, peak, hours, responses,
                GapMeasures.Severity(hours, cellHours), GapMeasures.Confidence(responses), profile));
        }

        private static bool Overlaps(SlotSet slots, SlotRange range)
        {
            for (var t = range.From; t < range.To; t++)
                if (slots.Contains(t)) return true;
            return false;
        }
    }

    /// <summary>The tenant's areas by index, with those only offers or needs name added (no centre known).</summary>
    private sealed class Areas
    {
        private readonly List<AreaInput> _areas;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public Areas(IEnumerable<AreaInput> areas, IEnumerable<OfferInput> offers, IEnumerable<NeedInput> needs)
        {
            _areas = [];
            foreach (var area in areas.Concat(offers.Select(o => new AreaInput(o.AreaCode, null, null)))
                         .Concat(needs.Select(x => new AreaInput(x.AreaCode, null, null))))
            {
                if (_index.TryAdd(area.Code, _areas.Count)) _areas.Add(area);
            }
        }

        public int Count => _areas.Count;

        public int Index(string code) => _index[code];

        public string Code(int index) => _areas[index].Code;

        public int[] Catchment(OfferInput offer, double km)
        {
            var own = Index(offer.AreaCode);
            return [.. Enumerable.Range(0, Count).Where(a => a == own
                || (_areas[a] is { Latitude: { } lat, Longitude: { } lon } && ServingDistances.Km(offer.Latitude, offer.Longitude, lat, lon) <= km))];
        }
    }
}
