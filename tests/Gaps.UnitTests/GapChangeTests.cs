using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.GapEngine;
using GapFinding = GutAusgestattet.Gaps.GapEngine.GapFinding;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class GapChangeTests
{
    private static readonly SlotSet Monday = SlotSet.Of([new SlotRange(24, 32)]);

    private static readonly GapHistoryEntry Announced = new()
    {
        TenantId = "09162000", GapKey = "krippe:a:capacity", Event = "GapDetected", Version = 1,
        EstimatedPersons = 10, PersonHours = 20, Intervals = Monday.ToString(), Responses = 6,
    };

    private static GapFinding Now(double persons = 10, double hours = 20, int responses = 6, SlotSet? slots = null) =>
        new("krippe", "a", GapKind.Capacity, slots ?? Monday, persons, hours, responses, 50, 0.5);

    [Theory]
    [InlineData(10.9, 20, 6, false)] // 9 % more persons
    [InlineData(11, 20, 6, true)]    // 10 %
    [InlineData(10, 17.9, 6, true)]  // 10.5 % fewer person-hours
    [InlineData(10, 20, 9, false)]   // more responses, figures unchanged
    [InlineData(10, 20, 4, true)]    // now under the small-cell threshold: its figures disappear for others
    public void A_gap_is_announced_again_only_beyond_the_threshold(double persons, double hours, int responses, bool significant) =>
        Assert.Equal(significant, GapChange.IsSignificant(Announced, Now(persons, hours, responses)));

    [Fact]
    public void Other_intervals_are_always_news() =>
        Assert.True(GapChange.IsSignificant(Announced, Now(slots: SlotSet.Of([new SlotRange(24, 33)]))));

    [Theory]
    [InlineData(3, 9, 2)]  // persons tripled
    [InlineData(3, 3, 4)]  // one more answer, still below 5
    public void A_gap_below_five_responses_is_not_announced_again_while_it_stays_there(double persons, double nowPersons, int nowResponses)
    {
        var withheld = new GapHistoryEntry
        {
            TenantId = "09162000", GapKey = "krippe:a:capacity", Event = "GapDetected", Version = 1,
            EstimatedPersons = persons, PersonHours = 6, Intervals = Monday.ToString(), Responses = 3,
        };

        Assert.False(GapChange.IsSignificant(withheld, Now(nowPersons, 20, nowResponses, SlotSet.Of([new SlotRange(24, 40)]))));
    }
}
