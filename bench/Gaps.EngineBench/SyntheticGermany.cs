using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>One generated municipality: the engine's input, with its lists kept mutable for the incremental runs.</summary>
internal sealed record SyntheticTenant(string Ags, TenantInput Input, List<OfferInput> Offers, List<NeedInput> Needs);

/// <summary>
/// Deterministic Germany-scale data: tenant sizes, areas, offers and demand items all follow from
/// one seed (each tenant from its own derived seed, so tenants can be generated in parallel and the
/// result does not depend on scheduling).
/// </summary>
internal static class SyntheticGermany
{
    public static readonly AnalysisWeek Week = AnalysisWeek.Containing(new DateOnly(2027, 3, 10));
    private const double KmPerDegree = 111.2;
    private static readonly IReadOnlyDictionary<string, double> DefaultDistances = new Dictionary<string, double>();
    private static readonly string[][] OfferLanguages = [["de"], ["de"], ["de"], ["de"], ["de"], ["de"], ["de", "en"], ["de", "en"], ["de", "tr"], ["de", "uk"], []];
    private static readonly string[][] NeedLanguages = [["tr"], ["ar"], ["uk"], ["pl", "de"], ["en"], ["ru"], ["en", "de"]];

    public static SyntheticTenant[] Generate(int tenants, int offers, int needs, int seed)
    {
        var rng = new Random(seed);
        var shares = TenantSizes.Shares(tenants, rng);
        var offerCounts = TenantSizes.Apportion(shares, offers, 1);
        var needCounts = TenantSizes.Apportion(shares, needs, 5);
        var patterns = NeedPatterns.Catalogue(CategoryMix.Categories, Week, rng);
        var result = new SyntheticTenant[tenants];
        Parallel.For(0, tenants, i =>
            result[i] = Tenant(i, shares[i], offerCounts[i], needCounts[i], patterns, new Random(unchecked(seed * 1_000_003 + i))));
        return result;
    }

    private static SyntheticTenant Tenant(int index, double share, int offerCount, int needCount, Dictionary<string, NeedPattern[]> patterns, Random rng)
    {
        var ags = (1_000_000 + index * 7).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        var areas = Areas(ags, TenantSizes.Areas(share, rng), rng);
        var offers = new List<OfferInput>(offerCount);
        for (var j = 0; j < offerCount; j++) offers.Add(Offer(areas[rng.Next(areas.Length)], rng));
        var needs = new List<NeedInput>(needCount);
        var response = Guid.Empty;
        for (var j = 0; j < needCount; j++)
        {
            // A response reports one to three demand items (a Krippe and a Hort place, care for a parent).
            if (j == 0 || rng.NextDouble() < 0.6) response = NewGuid(rng);
            needs.Add(Need(response, areas[rng.Next(areas.Length)].Code, patterns, rng));
        }
        return new SyntheticTenant(ags, new TenantInput(areas, offers, needs, DefaultDistances), offers, needs);
    }

    /// <summary>Areas on a jittered grid a few km apart around a random centre in Germany.</summary>
    private static AreaInput[] Areas(string ags, int count, Random rng)
    {
        var lat = 47.5 + 7.3 * rng.NextDouble();
        var lon = 6.0 + 8.8 * rng.NextDouble();
        var spacing = 2.5 + 1.5 * rng.NextDouble();
        var side = (int)Math.Ceiling(Math.Sqrt(count));
        var areas = new AreaInput[count];
        for (var k = 0; k < count; k++)
        {
            var north = (k / side - (side - 1) / 2.0) * spacing + (rng.NextDouble() - 0.5) * 0.8;
            var east = (k % side - (side - 1) / 2.0) * spacing + (rng.NextDouble() - 0.5) * 0.8;
            areas[k] = new AreaInput($"{ags}-{k:D3}", lat + north / KmPerDegree, lon + east / (KmPerDegree * Math.Cos(double.DegreesToRadians(lat))));
        }
        return areas;
    }

    private static OfferInput Offer(AreaInput area, Random rng)
    {
        var category = CategoryMix.OfferCategory(rng);
        var open = WeekProjection.OpenSlots(OfferHours.For(category, rng), OfferHours.Closures(category, Week, rng), Week);
        var free = rng.NextDouble() < 0.3 ? 0 : rng.Next(1, 21);
        return new OfferInput(NewGuid(rng), category, area.Code,
            area.Latitude!.Value + (rng.NextDouble() - 0.5) * 1.6 / KmPerDegree, area.Longitude!.Value + (rng.NextDouble() - 0.5) * 1.6 / KmPerDegree,
            free, open, TakesShortTerm: category == "kurzzeitpflege" || rng.NextDouble() < 0.2, rng.Pick(OfferLanguages));
    }

    /// <summary>Persons 1–3, weighted by the households the response stands for (1–50, most near 1).</summary>
    private static NeedInput Need(Guid response, string area, Dictionary<string, NeedPattern[]> patterns, Random rng)
    {
        var category = CategoryMix.NeedCategory(rng);
        var pattern = NeedPatterns.Pick(patterns[category], rng);
        var weight = Math.Round(1 + 49 * Math.Pow(rng.NextDouble(), 3), 2);
        var languages = rng.NextDouble() < 0.08 ? rng.Pick(NeedLanguages) : [];
        return new NeedInput(response, category, area, (1 + rng.Next(3)) * weight, pattern.Slots, pattern.Temporary, languages);
    }

    private static Guid NewGuid(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        return new Guid(bytes);
    }
}
