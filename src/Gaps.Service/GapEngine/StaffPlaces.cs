namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Reserved places (Belegplätze) serve their partners' staff, and only them. Before the slot comparison, the need of a person whose
/// employer (<see cref="NeedInput.EmployerId"/>) holds a reservation at an offer serving the person's area (the same catchment as every
/// offer's) is served by the reservation's free places in the slots the offer is open, shared among the reservation's staff needs in
/// proportion to their persons per slot, as an offer's places are shared among the areas it serves. What is left of their need joins
/// the public demand, which only open places (<see cref="OfferInput.FreePlaces"/>) serve; reserved places the staff do not use stay
/// unused for the public. Without employers or reservations the input is returned as it is.
/// <para>
/// A need partly served is given to the comparison as pieces of the same response: each run of slots with the same persons left
/// one item, so a slot's persons are what is left of it, and the response still counts where its need is unmet.
/// </para>
/// </summary>
public static class StaffPlaces
{
    private const double Epsilon = 1e-9;

    public static TenantInput Serve(TenantInput input)
    {
        if (!input.Offers.Any(o => o.Reserved is { Count: > 0 }) || !input.Needs.Any(n => n.EmployerId is not null)) return input;
        // Per staff need served at all: the persons left in each slot of the week.
        var left = new Dictionary<int, double[]>();
        foreach (var category in input.Offers.Where(o => o.Reserved is { Count: > 0 }).Select(o => o.Category).Distinct())
        {
            var offers = input.Offers.Where(o => o.Category == category).ToList();
            var areas = new AreaIndex(input.Areas, offers);
            var km = ServingDistances.For(category, input.ServingKm);
            foreach (var offer in offers)
            {
                if (offer.Reserved is not { Count: > 0 } reservations) continue;
                var catchment = areas.Catchment(offer, km);
                foreach (var reservation in reservations)
                    Share(input.Needs, category, reservation, catchment, areas, offer.Open, left);
            }
        }
        if (left.Count == 0) return input;
        var needs = new List<NeedInput>(input.Needs.Count + left.Count);
        for (var i = 0; i < input.Needs.Count; i++)
        {
            if (left.TryGetValue(i, out var persons)) needs.AddRange(Pieces(input.Needs[i], persons));
            else needs.Add(input.Needs[i]);
        }
        return input with { Needs = needs };
    }

    /// <summary>The reservation's free places shared among its staff's needs in each slot the offer is open, in proportion to what they still need.</summary>
    private static void Share(IReadOnlyList<NeedInput> needs, string category, StaffReservation reservation, int[] catchment, AreaIndex areas,
        IReadOnlyList<SlotRange> open, Dictionary<int, double[]> left)
    {
        var staff = new List<double[]>();
        for (var i = 0; i < needs.Count; i++)
        {
            var need = needs[i];
            if (need.Category != category || need.EmployerId is not { } employer || need.Slots.Count == 0 || !reservation.PartnerIds.Contains(employer)
                || Array.IndexOf(catchment, areas.IndexOf(need.AreaCode)) < 0) continue;
            if (!left.TryGetValue(i, out var persons))
            {
                left.Add(i, persons = new double[WeekSlots.Count]);
                foreach (var range in need.Slots) persons.AsSpan(range.From, range.Length).Fill(need.Persons);
            }
            staff.Add(persons);
        }
        if (staff.Count == 0) return;
        // Opening intervals may overlap (an offer's markings do, in the engine): a slot is served once.
        foreach (var range in SlotRange.Union(open))
            for (var t = range.From; t < range.To; t++)
            {
                var demand = 0.0;
                foreach (var persons in staff) demand += persons[t];
                if (demand <= Epsilon) continue;
                // All served when the places suffice; otherwise each keeps the same share of what it needs: (demand − places) / demand.
                var kept = Math.Max(0, demand - reservation.FreePlaces) / demand;
                foreach (var persons in staff) persons[t] *= kept;
            }
    }

    /// <summary>
    /// The need with <paramref name="persons"/> left per slot: one item per value, over the runs of slots that keep it, in the order
    /// the values first come; an item without slots (it counts nowhere) when nothing is left, so the response stays listed.
    /// </summary>
    private static IEnumerable<NeedInput> Pieces(NeedInput need, double[] persons)
    {
        var runs = new List<(double Persons, List<SlotRange> Slots)>();
        foreach (var range in need.Slots)
        {
            var from = range.From;
            for (var t = range.From; t <= range.To; t++)
            {
                if (t < range.To && persons[t] == persons[from]) continue;
                if (persons[from] > Epsilon)
                {
                    var run = runs.FindIndex(r => r.Persons == persons[from]);
                    if (run < 0) runs.Add((persons[from], [new SlotRange(from, t)]));
                    else runs[run].Slots.Add(new SlotRange(from, t));
                }
                from = t;
            }
        }
        if (runs.Count == 0) return [need with { Slots = [] }];
        return runs.Select(r => need with { Persons = r.Persons, Slots = r.Slots });
    }
}
