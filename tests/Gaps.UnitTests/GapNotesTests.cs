using System.Text;
using CsCheck;
using GutAusgestattet.Gaps.Exports;
using GutAusgestattet.Gaps.GapEngine;
using GapFinding = GutAusgestattet.Gaps.GapEngine.GapFinding;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// What a gap tells beyond its figures: a capacity gap names the serving offers whose occupancy is unknown (their places are
/// not counted as free), a feature gap names what is missing — short-term places, languages.
/// </summary>
public sealed class GapNotesTests
{
    private static readonly AreaInput A = new("a", 49.45, 11.07);
    private static readonly SlotRange Monday8To10 = new(32, 40);
    private static readonly SlotRange MondayDay = new(28, 68);

    private static NeedInput Need(double persons, bool temporary = false, params string[] languages) =>
        new(Guid.NewGuid(), "krippe", "a", persons, [Monday8To10], temporary, languages);

    private static OfferInput Offer(int free, int unknownPlaces = 0, bool shortTerm = false, params string[] languages) =>
        new(Guid.NewGuid(), "krippe", "a", 49.45, 11.07, free, [MondayDay], shortTerm, languages, unknownPlaces);

    private static List<GapFinding> Compute(IReadOnlyList<OfferInput> offers, IReadOnlyList<NeedInput> needs) =>
        SlotComparison.Compute(new TenantInput([A], offers, needs, new Dictionary<string, double>()));

    [Fact]
    public void Places_of_unknown_occupancy_are_not_counted_as_free_and_the_capacity_gap_names_them()
    {
        // 3 children Monday 08:00–10:00; one Krippe with 1 free place, another with 10 places of unknown occupancy.
        var needs = Enumerable.Range(0, 3).Select(_ => Need(1)).ToList();
        var gaps = Compute([Offer(1), Offer(0, unknownPlaces: 10)], needs);

        var capacity = Assert.Single(gaps);
        Assert.Equal(GapKind.Capacity, capacity.Kind);
        Assert.Equal((2.0, 4.0), (capacity.PeakPersons, capacity.PersonHours)); // 3 − 1 persons for 2 h
        Assert.Equal(new UnknownOccupancy(1, 10), capacity.Unknown);
        Assert.Equal(2, capacity.Unknown.CouldCover(capacity.PeakPersons)); // 10 places, but only 2 persons short
        Assert.Null(capacity.Missing);
    }

    [Fact]
    public void Known_free_places_leave_no_capacity_gap_and_an_offer_of_unknown_occupancy_still_opens_the_area()
    {
        var needs = Enumerable.Range(0, 3).Select(_ => Need(1)).ToList();

        Assert.Empty(Compute([Offer(1), Offer(10)], needs));
        // No content or time gap: the offer serves the area and is open; only its places are in doubt.
        Assert.Equal([GapKind.Capacity], Compute([Offer(0, unknownPlaces: 10)], needs).Select(g => g.Kind));
    }

    [Fact]
    public void A_feature_gap_names_short_term_places_and_each_language_no_serving_offer_speaks()
    {
        // A German-speaking Krippe without short-term places; households ask for Danish, for a short-term place,
        // for Polish or German (German is spoken: taken), and for Turkish from Danish families too.
        var needs = new List<NeedInput> { Need(1, false, "da"), Need(1, temporary: true), Need(1, false, "pl", "de"), Need(1, true, "tr", "da") };
        var gaps = Compute([Offer(10, languages: "de")], needs);

        var feature = Assert.Single(gaps);
        Assert.Equal(GapKind.Feature, feature.Kind);
        Assert.Equal(["short-term", "da", "tr"], feature.Missing!.Codes);
        Assert.Equal(3.0, feature.PeakPersons);
        Assert.Equal(default, feature.Unknown);
    }

    [Fact]
    public void An_offer_with_short_term_places_leaves_only_the_language_missing()
    {
        var gaps = Compute([Offer(10, shortTerm: true, languages: "de")], [Need(1, true, "da")]);

        Assert.Equal(["da"], Assert.Single(gaps).Missing!.Codes);
    }

    [Fact]
    public void Missing_features_compare_by_value_as_findings_do() =>
        Assert.Equal(new MissingFeatures(["short-term", "da"]), new MissingFeatures(new List<string> { "short-term", "da" }));

    [Fact]
    public void The_exports_carry_both_and_a_shared_file_keeps_the_offers_but_not_the_languages_a_few_households_asked_for()
    {
        // One household: a small cell.
        var feature = Assert.Single(Compute([Offer(10, languages: "de")], [Need(1, true, "da")]));
        var capacity = Assert.Single(Compute([Offer(0, unknownPlaces: 10)], [Need(1)]));

        Assert.EndsWith(",0,0,short-term da,0", Csv(ExportedGap.From(feature, shared: false)));
        Assert.EndsWith(",0,0,,0", Csv(ExportedGap.From(feature, shared: true)));
        Assert.EndsWith(",true,1,10,,0", Csv(ExportedGap.From(capacity, shared: true)));
    }

    private static readonly ExportScope English = new(new AnalysisWeek(new DateOnly(2026, 11, 23)), null, Shared: false, Language: ExportLanguage.English);

    private static string Csv(ExportedGap gap) => Encoding.UTF8.GetString(GapsCsv.Write([gap], English)).Split("\r\n")[1];

    private static readonly string[] AreaCodes = ["a", "b", "c"];
    private static readonly AreaInput[] Areas = [.. AreaCodes.Select((code, i) => new AreaInput(code, 49.45 + i * 0.01, 11.07))];

    private static readonly Gen<OfferInput> RandomOffer =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 6], Gen.Int[0, 6], Gen.Int[20, 50], Gen.Int[1, 30]).Select((area, free, unknown, from, length) =>
            new OfferInput(Guid.NewGuid(), "krippe", AreaCodes[area], Areas[area].Latitude!.Value, 11.07, unknown > 0 ? 0 : free,
                [new SlotRange(from, from + length)], false, [], unknown));

    private static readonly Gen<NeedInput> RandomNeed =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 8], Gen.Int[20, 50], Gen.Int[1, 30]).Select((area, halves, from, length) =>
            new NeedInput(Guid.NewGuid(), "krippe", AreaCodes[area], halves / 2.0, [new SlotRange(from, from + length)], false, []));

    [Fact]
    public void Any_capacity_gap_names_exactly_the_serving_offers_of_unknown_occupancy_and_knowing_them_free_never_enlarges_it() =>
        Gen.Select(RandomOffer.Array[1, 5], RandomNeed.Array[1, 8]).Sample((offers, needs) =>
        {
            var input = new TenantInput(Areas, offers, needs, new Dictionary<string, double>());
            var gaps = SlotComparison.Compute(input);
            foreach (var capacity in gaps.Where(g => g.Kind == GapKind.Capacity))
            {
                var serving = ServingOffers.Of(input, "krippe", capacity.AreaCode).Select(s => offers.Single(o => o.OfferId == s.OfferId)).ToList();
                Assert.Equal(UnknownOccupancy.Of(serving), capacity.Unknown);
            }
            Assert.All(gaps.Where(g => g.Kind != GapKind.Capacity), g => Assert.Equal(default, g.Unknown));

            // Were the unknown places all free, no capacity gap would be bigger.
            var known = SlotComparison.Compute(input with { Offers = [.. offers.Select(o => o with { FreePlaces = o.FreePlaces + o.UnknownPlaces, UnknownPlaces = 0 })] });
            foreach (var gap in known.Where(g => g.Kind == GapKind.Capacity))
                Assert.True(gap.PersonHours <= gaps.SingleOrDefault(g => g.Key == gap.Key)?.PersonHours + 1e-6, $"{gap.Key} grew once its places were known free");
        }, iter: 300);
}
