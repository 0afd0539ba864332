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
        var space = Workspace.Current;
        var table = new CategoryNeeds(needs, areas, space);
        using var demand = new PooledSlots<double>(areas.Count);
        var needArea = table.Area;
        for (var i = 0; i < table.Count; i++) table.AddTo(demand.Row(needArea[i]), i);
        using var shared = SharedPlaces.Share(offers, areas, km, demand.Array);

        // Cells in the order their first need comes, needs in input order: findings come out in a stable order. A need
        // without slots in the week is no need in it (the horizon keeps it so that every week lists the same items).
        var cellAreas = new List<int>();
        var cellNeeds = new List<int>?[areas.Count];
        for (var i = 0; i < table.Count; i++)
        {
            if (needs[i].Slots.Count == 0) continue;
            var area = needArea[i];
            if (cellNeeds[area] is null) cellAreas.Add(area);
            (cellNeeds[area] ??= []).Add(i);
        }

        var responses = new ResponseCounter(table, space);
        var shortfall = new double[WeekSlots.Count];
        foreach (var a in cellAreas)
        {
            var cell = new CellGaps(category, areas.Code(a), profiles);
            cell.Derive(demand.Row(a), shared.Serving[a], shared.Open.Row(a), shared.Places.Row(a),
                new CellNeeds(table, needs, cellNeeds[a]!, responses), shortfall);
            cell.AppendTo(findings);
        }
    }
}
