using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// Small random tenants with everything the engine distinguishes: areas close and far, areas without
/// a centre, offers open in overlapping or no slots, zero free places, short-term and language
/// needs, fractional weights, several demand items per response, places reserved for partners' staff and needs naming an employer.
/// </summary>
internal static class RandomTenants
{
    private static readonly string[] Categories = ["krippe", "tagespflege", "nachtpflege"];
    private static readonly string[][] Languages = [[], ["de"], ["tr"], ["de", "uk"], ["pl", "de"]];

    /// <summary>Two partners whose staff may have places reserved for them and may name them as employer.</summary>
    private static readonly Guid[] Partners = [Guid.Parse("0193a000-0000-7000-8000-000000000001"), Guid.Parse("0193a000-0000-7000-8000-000000000002")];

    public static TenantInput Draw(int seed, int maxAreas = 4)
    {
        var rng = new Random(seed);
        var areas = Enumerable.Range(0, rng.Next(1, maxAreas + 1))
            .Select(a => rng.NextDouble() < 0.2 ? new AreaInput($"a{a}", null, null) : new AreaInput($"a{a}", 49.45 + rng.NextDouble() * 0.1, 11.07 + rng.NextDouble() * 0.1))
            .ToList();
        var offers = Enumerable.Range(0, rng.Next(0, 7)).Select(_ => Offer(rng, areas)).ToList();
        var responses = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        var needs = Enumerable.Range(0, rng.Next(0, 16)).Select(_ => Need(rng, responses[rng.Next(responses.Length)], areas)).ToList();
        return new TenantInput(areas, offers, needs, new Dictionary<string, double> { ["tagespflege"] = 6 });
    }

    public static OfferInput Offer(Random rng, IReadOnlyList<AreaInput> areas) => new(
        Guid.NewGuid(), Categories[rng.Next(Categories.Length)], Area(rng, areas), 49.45 + rng.NextDouble() * 0.1, 11.07 + rng.NextDouble() * 0.1,
        rng.Next(-1, 6), Ranges(rng), rng.NextDouble() < 0.3, Languages[rng.Next(Languages.Length)],
        Reserved: rng.NextDouble() < 0.3 ? [new StaffReservation([Partners[rng.Next(Partners.Length)]], rng.Next(1, 4))] : null);

    public static NeedInput Need(Random rng, Guid response, IReadOnlyList<AreaInput> areas) => new(
        response, Categories[rng.Next(Categories.Length)], Area(rng, areas), Math.Round(rng.NextDouble() * 5, 2),
        Ranges(rng), rng.NextDouble() < 0.2, Languages[rng.Next(Languages.Length)],
        // A response's items share their stratum, so whether it stands alone is the response's.
        Unweighted: (response.GetHashCode() & 3) == 0, EmployerId: rng.NextDouble() < 0.3 ? Partners[rng.Next(Partners.Length)] : null);

    public static List<SlotRange> Ranges(Random rng) =>
        [.. Enumerable.Range(0, rng.Next(0, 4)).Select(_ => rng.Next(0, WeekSlots.Count)).Select(from => new SlotRange(from, Math.Min(WeekSlots.Count, from + rng.Next(1, 80))))];

    /// <summary>One of the tenant's areas, sometimes one it does not list (no centre known).</summary>
    private static string Area(Random rng, IReadOnlyList<AreaInput> areas) => rng.NextDouble() < 0.1 ? "elsewhere" : areas[rng.Next(areas.Count)].Code;
}
