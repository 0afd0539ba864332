using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GapFinding = GutAusgestattet.Gaps.GapEngine.GapFinding;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>Hand-computed examples; every number below is worked out in the comment beside it.</summary>
public sealed class SlotComparisonTests
{
    private static readonly AnalysisWeek NormalWeek = AnalysisWeek.Containing(new DateOnly(2027, 3, 10));

    private static int Slot(DayOfWeek day, int hour, int minute = 0) => WeekSlots.DayIndex(day) * WeekSlots.PerDay + (hour * 60 + minute) / 15;

    private static SlotRange Range(DayOfWeek day, int fromHour, int toHour) => new(Slot(day, fromHour), Slot(day, toHour));

    private static NeedInput Need(string area, double persons, params SlotRange[] slots) =>
        new(Guid.NewGuid(), "krippe", area, persons, slots, Temporary: false, Languages: []);

    private static OfferInput Offer(string area, int free, double lat, double lon, params SlotRange[] open) =>
        new(Guid.NewGuid(), "krippe", area, lat, lon, free, open, TakesShortTerm: false, Languages: ["de"]);

    private static TenantInput Tenant(IReadOnlyList<OfferInput> offers, IReadOnlyList<NeedInput> needs, params AreaInput[] areas) =>
        new(areas, offers, needs, new Dictionary<string, double>());

    private static GapFinding Single(List<GapFinding> gaps, GapKind kind, string area = "a") => Assert.Single(gaps, g => g.Kind == kind && g.AreaCode == area);

    [Fact]
    public void One_area_one_offer_too_early_and_too_small()
    {
        // Three children need care Monday 06:00–08:00; the Krippe opens at 07:00 with 2 free places.
        var needs = Enumerable.Range(0, 3).Select(_ => Need("a", 1, Range(DayOfWeek.Monday, 6, 8))).ToList();
        var gaps = SlotComparison.Compute(Tenant([Offer("a", 2, 49.45, 11.07, Range(DayOfWeek.Monday, 7, 17))], needs, new AreaInput("a", 49.45, 11.07)));

        Assert.Equal(2, gaps.Count);
        var time = Single(gaps, GapKind.Time);       // 06:00–07:00 nobody is open: 3 persons for 1 h
        Assert.Equal(("Mo 06:00–07:00", 3.0, 3.0, 3), (time.Slots.ToString(), time.PeakPersons, time.PersonHours, time.Responses));
        Assert.Equal(50, time.Severity);              // 3 of the 6 person-hours needed
        var capacity = Single(gaps, GapKind.Capacity); // 07:00–08:00: 3 persons, 2 places
        Assert.Equal(("Mo 07:00–08:00", 1.0, 1.0), (capacity.Slots.ToString(), capacity.PeakPersons, capacity.PersonHours));
        Assert.Equal(16.7, capacity.Severity);         // 1 of 6
        Assert.Equal(0.38, capacity.Confidence);       // 3 / (3 + 5)
    }

    [Fact]
    public void Responses_without_a_known_count_are_counted_apart_in_the_gap_they_add_to()
    {
        // Three answers of a stratum with 120 known households weigh 40 each, one of a stratum without a count stands for itself:
        // Monday 06:00–07:00 with nothing open, 3 × 40 + 1 = 121 persons, resting on 4 responses of which 1 is unweighted.
        // From 07:00 the Krippe's 150 places cover them all.
        var slots = Range(DayOfWeek.Monday, 6, 8);
        List<NeedInput> needs = [.. Enumerable.Range(0, 3).Select(_ => Need("a", 40, slots)), Need("a", 1, slots) with { Unweighted = true }];
        var gaps = SlotComparison.Compute(Tenant([Offer("a", 150, 49.45, 11.07, Range(DayOfWeek.Monday, 7, 17))], needs, new AreaInput("a", 49.45, 11.07)));

        var time = Assert.Single(gaps);
        Assert.Equal((GapKind.Time, "Mo 06:00–07:00", 121.0, 4, 1), (time.Kind, time.Slots.ToString(), time.PeakPersons, time.Responses, time.UnweightedResponses));
    }

    [Fact]
    public void A_category_without_any_offer_is_a_content_gap_in_every_area_with_demand()
    {
        // No Krippe at all: 2 children in A Monday 08:00–10:00, 1 in B Tuesday 07:00–08:00.
        var needs = new List<NeedInput> { Need("a", 2, Range(DayOfWeek.Monday, 8, 10)), Need("b", 1, Range(DayOfWeek.Tuesday, 7, 8)) };
        var gaps = SlotComparison.Compute(Tenant([], needs, new AreaInput("a", 49.45, 11.07), new AreaInput("b", 49.55, 11.07)));

        Assert.Equal(2, gaps.Count);
        Assert.Equal(("Mo 08:00–10:00", 2.0, 4.0), (Single(gaps, GapKind.Content, "a").Slots.ToString(), Single(gaps, GapKind.Content, "a").PeakPersons, Single(gaps, GapKind.Content, "a").PersonHours));
        Assert.Equal(("Di 07:00–08:00", 1.0, 1.0), (Single(gaps, GapKind.Content, "b").Slots.ToString(), Single(gaps, GapKind.Content, "b").PeakPersons, Single(gaps, GapKind.Content, "b").PersonHours));
    }

    [Fact]
    public void Two_areas_share_one_offer_in_proportion_to_their_demand_and_a_far_area_has_a_content_gap()
    {
        // A at the offer, B ≈1.1 km north, C ≈11 km north; a Krippe serves 2 km.
        var a = new AreaInput("a", 49.450, 11.07);
        var b = new AreaInput("b", 49.460, 11.07);
        var c = new AreaInput("c", 49.550, 11.07);
        var monday = Range(DayOfWeek.Monday, 8, 10);
        var needs = new List<NeedInput> { Need("a", 2, monday), Need("b", 4, monday), Need("c", 1, monday) };
        var gaps = SlotComparison.Compute(Tenant([Offer("a", 3, 49.450, 11.07, Range(DayOfWeek.Monday, 8, 12))], needs, a, b, c));

        // 3 places for 6 persons in A and B: A gets 3 × 2/6 = 1, B gets 3 × 4/6 = 2.
        Assert.Equal((1.0, 2.0), (Single(gaps, GapKind.Capacity, "a").PeakPersons, Single(gaps, GapKind.Capacity, "a").PersonHours));
        Assert.Equal((2.0, 4.0), (Single(gaps, GapKind.Capacity, "b").PeakPersons, Single(gaps, GapKind.Capacity, "b").PersonHours));
        var content = Single(gaps, GapKind.Content, "c");
        Assert.Equal(("Mo 08:00–10:00", 1.0, 2.0, 100.0), (content.Slots.ToString(), content.PeakPersons, content.PersonHours, content.Severity));
        Assert.Equal(3, gaps.Count);
    }

    [Fact]
    public void Overlapping_windows_of_one_need_count_the_person_once()
    {
        // One child, Monday 08:00–12:00 and 10:00–14:00: care is needed 08:00–14:00, by one person.
        var windows = new[] { new DemandWindow(DayOfWeek.Monday, 8 * 60, 12 * 60, false), new DemandWindow(DayOfWeek.Monday, 10 * 60, 14 * 60, false) };
        var need = Need("a", 1, [.. WeekProjection.NeededSlots(windows, null, null, NormalWeek)]);
        var area = new AreaInput("a", 49.45, 11.07);

        var content = Single(SlotComparison.Compute(Tenant([], [need], area)), GapKind.Content);
        Assert.Equal(("Mo 08:00–14:00", 1.0, 6.0), (content.Slots.ToString(), content.PeakPersons, content.PersonHours)); // not peak 2, 8 h
        // One free place from 08:00 to 14:00 covers the child: no capacity gap beside it.
        Assert.Empty(SlotComparison.Compute(Tenant([Offer("a", 1, 49.45, 11.07, Range(DayOfWeek.Monday, 8, 14))], [need], area)));
    }

    [Fact]
    public void The_union_of_slot_ranges_is_sorted_and_joins_what_overlaps_or_touches()
    {
        Assert.Equal([new SlotRange(2, 9), new SlotRange(12, 14)],
            SlotRange.Union([new SlotRange(12, 14), new SlotRange(5, 9), new SlotRange(2, 5), new SlotRange(3, 4), new SlotRange(7, 7)]));
        IReadOnlyList<SlotRange> disjoint = [new SlotRange(0, 4), new SlotRange(5, 9)];
        Assert.Same(disjoint, SlotRange.Union(disjoint));
        Assert.Empty(SlotRange.Union([]));
    }

    [Fact]
    public void A_closure_week_turns_a_served_area_into_a_time_gap()
    {
        var hours = new[] { new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60), new WeeklyInterval(DayOfWeek.Tuesday, 7 * 60, 17 * 60) };
        var closures = new[] { new ClosurePeriod(new DateOnly(2027, 8, 2), new DateOnly(2027, 8, 20), "Sommerschließung") };
        var need = new[] { new DemandWindow(DayOfWeek.Monday, 8 * 60, 12 * 60, false) };

        List<GapFinding> In(AnalysisWeek week) => SlotComparison.Compute(Tenant(
            [Offer("a", 5, 49.45, 11.07, [.. WeekProjection.OpenSlots(hours, closures, week)])],
            [Need("a", 2, [.. WeekProjection.NeededSlots(need, null, null, week)])],
            new AreaInput("a", 49.45, 11.07)));

        Assert.Empty(In(NormalWeek));
        var summer = Single(In(AnalysisWeek.Containing(new DateOnly(2027, 8, 11))), GapKind.Time);
        Assert.Equal(("Mo 08:00–12:00", 2.0, 8.0), (summer.Slots.ToString(), summer.PeakPersons, summer.PersonHours));
    }

    [Fact]
    public void A_withdrawn_answer_shrinks_the_gap_and_the_last_one_resolves_it()
    {
        var monday = Range(DayOfWeek.Monday, 8, 9);
        var needs = new List<NeedInput> { Need("a", 2, monday), Need("a", 1, monday) };
        var offer = Offer("a", 1, 49.45, 11.07, Range(DayOfWeek.Monday, 8, 16));

        Assert.Equal(2.0, Single(SlotComparison.Compute(Tenant([offer], needs)), GapKind.Capacity).PeakPersons); // 3 persons, 1 place
        Assert.Equal(1.0, Single(SlotComparison.Compute(Tenant([offer], needs[..1])), GapKind.Capacity).PeakPersons);
        Assert.Empty(SlotComparison.Compute(Tenant([offer], needs[1..])));
    }

    [Fact]
    public void Needs_for_a_short_term_place_or_another_language_no_serving_offer_provides_are_a_feature_gap()
    {
        var monday = Range(DayOfWeek.Monday, 8, 10);
        var needs = new List<NeedInput>
        {
            Need("a", 1, monday) with { Temporary = true },
            Need("a", 1, monday) with { Languages = ["tr"] },
            Need("a", 1, monday) with { Languages = ["pl", "de"] }, // German will do
        };
        var gaps = SlotComparison.Compute(Tenant([Offer("a", 10, 49.45, 11.07, Range(DayOfWeek.Monday, 7, 17))], needs));

        var feature = Assert.Single(gaps);
        Assert.Equal((GapKind.Feature, 2.0, 4.0, 2), (feature.Kind, feature.PeakPersons, feature.PersonHours, feature.Responses));
        Assert.Empty(SlotComparison.Compute(Tenant([Offer("a", 10, 49.45, 11.07, Range(DayOfWeek.Monday, 7, 17)) with { TakesShortTerm = true, Languages = ["de", "tr"] }], needs)));
    }

    [Fact]
    public void Gap_slots_read_as_intervals_with_equal_days_grouped()
    {
        var set = SlotSet.Of([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }
            .SelectMany(d => new[] { Range(d, 6, 7), new SlotRange(Slot(d, 16), Slot(d, 17, 30)) }), Range(DayOfWeek.Saturday, 8, 12)]);
        Assert.Equal("Mo–Do 06:00–07:00, 16:00–17:30; Sa 08:00–12:00", set.ToString());
    }

    [Fact]
    public void A_need_rounds_outwards_and_an_opening_inwards_and_Sunday_night_runs_into_Monday()
    {
        Assert.Equal([new SlotRange(Slot(DayOfWeek.Monday, 6), Slot(DayOfWeek.Monday, 8, 15))], SlotRange.Needed(0, 6 * 60 + 10, 8 * 60 + 5, false));
        Assert.Equal(new SlotRange(Slot(DayOfWeek.Monday, 6, 15), Slot(DayOfWeek.Monday, 8)), SlotRange.Open(0, 6 * 60 + 10, 8 * 60 + 5));
        Assert.Equal("Mo 00:00–06:00; So 22:00–24:00", SlotSet.Of(SlotRange.Needed(6, 22 * 60, 6 * 60, true)).ToString());
    }

    [Fact]
    public void A_need_applies_only_on_the_days_of_its_period_and_without_windows_in_core_hours()
    {
        var windows = new[] { new DemandWindow(DayOfWeek.Monday, 8 * 60, 9 * 60, false), new DemandWindow(DayOfWeek.Friday, 8 * 60, 9 * 60, false) };
        var wednesday = NormalWeek.Date(2);
        Assert.Equal("Fr 08:00–09:00", SlotSet.Of(WeekProjection.NeededSlots(windows, wednesday, null, NormalWeek)).ToString());
        Assert.Equal("Mo 08:00–09:00", SlotSet.Of(WeekProjection.NeededSlots(windows, null, wednesday, NormalWeek)).ToString());
        Assert.Empty(WeekProjection.NeededSlots(windows, NormalWeek.Sunday.AddDays(1), null, NormalWeek));
        Assert.Equal("Mo–Fr 08:00–16:00", SlotSet.Of(WeekProjection.NeededSlots([], null, null, NormalWeek)).ToString());
    }

    [Theory]
    [InlineData("2026-W48", 2026, 11, 23)]
    [InlineData("2027-W01", 2027, 1, 4)]
    public void Weeks_are_ISO_weeks(string text, int year, int month, int day)
    {
        Assert.True(AnalysisWeek.TryParse(text, out var week));
        Assert.Equal(new DateOnly(year, month, day), week.Monday);
        Assert.Equal(text, week.ToString());
    }

    [Theory]
    [InlineData("2026-48")]
    [InlineData("2026-W54")]
    [InlineData("1999-W10")]
    public void Malformed_weeks_are_refused(string text) => Assert.False(AnalysisWeek.TryParse(text, out _));
}
