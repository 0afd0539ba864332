using CsCheck;
using GutAusgestattet.Gaps.GapEngine;
using GapFinding = GutAusgestattet.Gaps.GapEngine.GapFinding;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>What must hold for any tenant: more supply or less demand never makes a gap bigger, and order never matters.</summary>
public sealed class SlotComparisonProperties
{
    private const int Iterations = 500;
    private const double Tolerance = 1e-6;

    // Areas about 1.1 km apart on a line: with a 2 km serving distance, neighbours share offers.
    private static readonly string[] AreaCodes = ["a", "b", "c", "d"];
    private static readonly AreaInput[] Areas = [.. AreaCodes.Select((code, i) => new AreaInput(code, 49.45 + i * 0.01, 11.07))];

    private static readonly Gen<SlotRange> Range =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 90], Gen.Int[1, 40]).Select((day, start, length) =>
            new SlotRange(day * WeekSlots.PerDay + start, Math.Min(WeekSlots.Count, day * WeekSlots.PerDay + start + length)));

    private static readonly Gen<OfferInput> Offer =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 6], Range.Array[1, 3], Gen.Bool, Gen.Bool).Select((area, free, open, shortTerm, turkish) =>
            new OfferInput(Guid.NewGuid(), "krippe", AreaCodes[area], Areas[area].Latitude!.Value, 11.07, free, open, shortTerm, turkish ? ["de", "tr"] : ["de"]));

    private static readonly Gen<NeedInput> Need =
        Gen.Select(Gen.Int[0, 3], Gen.Int[1, 12], Range.Array[1, 3], Gen.Bool, Gen.Int[0, 2]).Select((area, halves, slots, temporary, language) =>
            new NeedInput(Guid.NewGuid(), "krippe", AreaCodes[area], halves / 2.0, slots, temporary, language switch { 0 => [], 1 => ["tr"], _ => ["de"] }));

    private static readonly Gen<(OfferInput[] Offers, NeedInput[] Needs)> Tenant = Gen.Select(Offer.Array[0, 5], Need.Array[1, 10]);

    private static List<GapFinding> Compute(IEnumerable<OfferInput> offers, IEnumerable<NeedInput> needs) =>
        SlotComparison.Compute(new TenantInput(Areas, [.. offers], [.. needs], new Dictionary<string, double>()), profiles: true);

    /// <summary>Persons without care per area and slot, content, time and capacity together (a slot moves between them as supply changes).</summary>
    private static Dictionary<string, float[]> Unmet(List<GapFinding> gaps) =>
        gaps.Where(g => g.Kind != GapKind.Feature).GroupBy(g => g.AreaCode).ToDictionary(g => g.Key, g =>
        {
            var sum = new float[WeekSlots.Count];
            foreach (var gap in g)
                for (var t = 0; t < sum.Length; t++) sum[t] += gap.Profile![t];
            return sum;
        });

    private static void NoBigger(List<GapFinding> before, List<GapFinding> after)
    {
        var was = Unmet(before);
        foreach (var (area, now) in Unmet(after))
            for (var t = 0; t < now.Length; t++)
                Assert.True(now[t] <= (was.TryGetValue(area, out var w) ? w[t] : 0) + Tolerance, $"{area} slot {t}: {now[t]} after, {(was.TryGetValue(area, out var x) ? x[t] : 0)} before");
        var features = before.Where(g => g.Kind == GapKind.Feature).ToDictionary(g => g.AreaCode, g => g.PersonHours);
        var served = before.Where(g => g.Kind != GapKind.Content).Select(g => g.AreaCode).ToHashSet();
        foreach (var gap in after.Where(g => g.Kind == GapKind.Feature && served.Contains(g.AreaCode)))
            Assert.True(gap.PersonHours <= features.GetValueOrDefault(gap.AreaCode) + Tolerance, $"feature gap in {gap.AreaCode} grew");
    }

    [Fact]
    public void Adding_an_offer_never_enlarges_a_gap() =>
        Gen.Select(Tenant, Offer).Sample((tenant, added) =>
            NoBigger(Compute(tenant.Offers, tenant.Needs), Compute([.. tenant.Offers, added], tenant.Needs)), iter: Iterations);

    [Fact]
    public void More_free_places_never_enlarge_a_gap() =>
        Gen.Select(Tenant, Gen.Int[0, 4], Gen.Int[1, 5]).Where((tenant, _, _) => tenant.Offers.Length > 0).Sample((tenant, which, more) =>
        {
            var offers = tenant.Offers.ToArray();
            var i = which % offers.Length;
            offers[i] = offers[i] with { FreePlaces = offers[i].FreePlaces + more };
            NoBigger(Compute(tenant.Offers, tenant.Needs), Compute(offers, tenant.Needs));
        }, iter: Iterations);

    [Fact]
    public void Removing_demand_never_enlarges_a_gap() =>
        Gen.Select(Tenant, Gen.Int[0, 9]).Sample((tenant, which) =>
        {
            var removed = which % tenant.Needs.Length;
            NoBigger(Compute(tenant.Offers, tenant.Needs), Compute(tenant.Offers, tenant.Needs.Where((_, i) => i != removed)));
        }, iter: Iterations);

    private static string Text(List<GapFinding> gaps) => string.Join("\n", gaps.OrderBy(g => g.Key).Select(g =>
        $"{g.Key} {g.Slots} {g.PeakPersons:F6} {g.PersonHours:F6} {g.Responses} {g.Severity} {g.Confidence}"));

    [Fact]
    public void The_order_of_offers_and_needs_changes_nothing() =>
        Tenant.Sample(tenant =>
            Assert.Equal(Text(Compute(tenant.Offers, tenant.Needs)), Text(Compute(tenant.Offers.Reverse(), tenant.Needs.Reverse()))), iter: Iterations);

    /// <summary>
    /// A window cut into pieces that overlap (and repeated) covers the same slots: one person is still one person,
    /// so no figure changes. The pieces of [f, t) are [f, p + overlap) and [p, t) for a cut p inside it.
    /// </summary>
    [Fact]
    public void Splitting_a_window_into_overlapping_pieces_never_changes_a_figure() =>
        Gen.Select(Tenant, Gen.Int[0, 9], Gen.Int[0, 1000], Gen.Int[1, 8], Gen.Bool).Sample((tenant, which, cut, overlap, repeat) =>
        {
            var needs = tenant.Needs.ToArray();
            var i = which % needs.Length;
            var pieces = needs[i].Slots.SelectMany(r =>
            {
                if (r.Length < 2) return repeat ? [r, r] : new[] { r };
                var p = r.From + 1 + cut % (r.Length - 1);
                return [new SlotRange(r.From, Math.Min(r.To, p + overlap)), new SlotRange(p, r.To)];
            }).Reverse().ToArray();
            needs[i] = needs[i] with { Slots = pieces };
            Assert.Equal(Text(Compute(tenant.Offers, tenant.Needs)), Text(Compute(tenant.Offers, needs)));
        }, iter: Iterations);
}
