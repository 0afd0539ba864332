using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.ReadModel;
using GutAusgestattet.Gaps.Waves;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class WaveComparisonTests
{
    private static WaveFigures Shown(double personHours, int responses = 8) => new(false, personHours > 0 ? 3 : 0, personHours, responses);

    private static readonly WaveFigures Withheld = new(true, null, null, null);

    [Theory]
    [InlineData(20, 0, WaveVerdict.Closed)]
    [InlineData(0, 12, WaveVerdict.New)]
    [InlineData(20, 22, WaveVerdict.Grew)]       // +10 %: the threshold
    [InlineData(20, 21.9, WaveVerdict.Unchanged)] // +9.5 %
    [InlineData(20, 18.1, WaveVerdict.Unchanged)] // −9.5 %
    [InlineData(20, 18, WaveVerdict.Shrank)]      // −10 %
    [InlineData(20, 2, WaveVerdict.Shrank)]       // still a gap
    [InlineData(0, 0, WaveVerdict.Unchanged)]
    public void The_verdict_follows_the_uncovered_person_hours_with_the_announcement_threshold(double first, double second, WaveVerdict verdict) =>
        Assert.Equal(verdict, WaveVerdicts.Of(Shown(first), Shown(second)));

    [Fact]
    public void A_withheld_side_withholds_the_verdict_which_would_tell_what_it_hides()
    {
        Assert.Equal(WaveVerdict.Withheld, WaveVerdicts.Of(Withheld, Shown(0)));
        Assert.Equal(WaveVerdict.Withheld, WaveVerdicts.Of(Shown(20), Withheld));
    }

    [Fact]
    public void A_side_resting_on_fewer_than_5_responses_is_withheld_and_feature_gaps_do_not_count()
    {
        var monday = SlotSet.Of([new SlotRange(32, 40)]);
        static DemandRecord Demand(string area, int responses = 1) =>
            new()
            {
                DemandId = Guid.NewGuid(), TenantId = "09162000", ResponseId = Guid.NewGuid(), HouseholdType = "incoming", Category = "kita", AreaCode = area,
                Persons = 1, Weight = 1, Responses = responses
            };
        // Area a: 6 responses in wave 1 (one row of 2 retired answers among them), a capacity and a time gap and a feature gap; area b: 4.
        IReadOnlyList<DemandRecord> firstDemand = [.. Enumerable.Range(0, 4).Select(_ => Demand("a")), Demand("a", responses: 2), .. Enumerable.Range(0, 4).Select(_ => Demand("b"))];
        IReadOnlyList<GapFinding> firstGaps = [
            new("kita", "a", GapKind.Capacity, monday, 4, 8, 6, 40, 0.5), new("kita", "a", GapKind.Time, monday, 5, 5, 5, 40, 0.5),
            new("kita", "a", GapKind.Feature, monday, 9, 99, 6, 40, 0.5), new("kita", "b", GapKind.Content, monday, 4, 8, 4, 100, 0.4)];
        IReadOnlyList<DemandRecord> secondDemand = [.. Enumerable.Range(0, 5).Select(_ => Demand("a"))];

        var cells = WaveComparison.Compare((firstDemand, firstGaps), (secondDemand, []));

        Assert.Equal([
            new WaveCellComparison("kita", "a", new WaveFigures(false, 5, 13, 6), new WaveFigures(false, 0, 0, 5), WaveVerdict.Closed),
            new WaveCellComparison("kita", "b", Withheld, new WaveFigures(false, 0, 0, 0), WaveVerdict.Withheld)], cells);
        Assert.Equal(10, WaveComparison.Responses(firstDemand));
    }
}
