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
        var areas = new AreaIndex(input.Areas, input.Offers);
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
        var space = Workspace.Current;
        var (needs, offers) = (space.Needs, space.Offers);
        try
        {
            foreach (var need in input.Needs)
                if (need.Category == category) needs.Add(need);
            if (needs.Count == 0) return findings;
            foreach (var offer in input.Offers)
                if (offer.Category == category) offers.Add(offer);
            // Areas named only by other categories' offers or needs have no centre, so they serve and need nothing here.
            ComputeCategory(category, needs, offers, new AreaIndex(input.Areas, offers),
                ServingDistances.For(category, input.ServingKm), profiles, findings);
            return findings;
        }
        finally
        {
            // The buffers stay with the thread; the inputs must not.
            needs.Clear();
            offers.Clear();
        }
    }

    private static void ComputeCategory(string category, List<NeedInput> needs, List<OfferInput> offers, AreaIndex areas, double km,
        bool profiles, List<GapFinding> findings)
    {
        const int T = WeekSlots.Count;
        var space = Workspace.Current;
        var table = new CategoryNeeds(needs, areas, space);
        using var demand = new PooledSlots<double>(areas.Count);
        var needArea = table.Area;
        var persons = table.Persons;
        for (var i = 0; i < table.Count; i++)
        {
            var row = demand.Row(needArea[i]);
            foreach (var range in table.Ranges(i)) SlotMath.Add(row.Slice(range.From, range.Length), persons[i]);
        }
        using var shared = SharedPlaces.Share(offers, areas, km, demand.Array);

        // Cells in the order their first need comes, needs in input order: findings come out in a stable order.
        var cellAreas = new List<int>();
        var cellNeeds = new List<int>?[areas.Count];
        for (var i = 0; i < table.Count; i++)
        {
            var area = needArea[i];
            if (cellNeeds[area] is null) cellAreas.Add(area);
            (cellNeeds[area] ??= []).Add(i);
        }

        var responses = new ResponseCounter(table, space);
        var shortfall = new double[T];
        foreach (var a in cellAreas)
        {
            var need = demand.Row(a);
            var cellHours = 0.0;
            foreach (var slot in need) cellHours += slot * WeekSlots.HoursPerSlot;
            if (cellHours <= Epsilon) continue;
            var cell = new Cell(category, areas.Code(a), cellHours, profiles, findings, responses);

            if (shared.Serving[a] is not { } serving)
            {
                cell.Add(GapKind.Content, need, cellNeeds[a]!);
                continue;
            }
            var open = shared.Open.Row(a);
            var places = shared.Places.Row(a);
            for (var t = 0; t < T; t++) shortfall[t] = open[t] ? 0 : need[t];
            cell.Add(GapKind.Time, shortfall, cellNeeds[a]!);
            for (var t = 0; t < T; t++) shortfall[t] = open[t] ? Math.Max(0, need[t] - places[t]) : 0;
            cell.Add(GapKind.Capacity, shortfall, cellNeeds[a]!);

            var features = new ServingFeatures(serving);
            var unmet = cellNeeds[a]!.FindAll(i => table.AsksFeature[i] && !features.CanTake(needs[i]));
            if (unmet.Count > 0)
            {
                shortfall.AsSpan().Clear();
                foreach (var i in unmet)
                    foreach (var range in table.Ranges(i)) SlotMath.Add(shortfall.AsSpan(range.From, range.Length), persons[i]);
                cell.Add(GapKind.Feature, shortfall, unmet);
            }
        }
    }

    /// <summary>Whether the offers serving an area can take a need: a short-term place, a language it speaks (German when none is given).</summary>
    private sealed class ServingFeatures(List<OfferInput> serving)
    {
        private HashSet<string>? _languages;
        private bool? _shortTerm;

        public bool CanTake(NeedInput need) =>
            !(need.Temporary && !(_shortTerm ??= serving.Exists(o => o.TakesShortTerm)))
            && (need.Languages.Count == 0 || need.Languages.Any((_languages ??= Languages()).Contains));

        private HashSet<string> Languages() =>
            serving.SelectMany(o => o.Languages.Count > 0 ? o.Languages : [DefaultLanguage]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One category in one area: turns a per-slot shortfall into a finding when there is any.</summary>
    private sealed class Cell(string category, string area, double cellHours, bool profiles, List<GapFinding> findings, ResponseCounter responses)
    {
        public void Add(GapKind kind, ReadOnlySpan<double> shortfall, List<int> behind)
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
            if (slots.IsEmpty) return;
            var count = responses.Count(behind, slots);
            findings.Add(new GapFinding(category, area, kind, slots, peak, hours, count,
                GapMeasures.Severity(hours, cellHours), GapMeasures.Confidence(count), profile));
        }
    }
}
