using CsCheck;
using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

public sealed class SlotSetTests
{
    [Theory]
    [InlineData(10, 11, true)]    // the one slot
    [InlineData(0, 10, false)]    // ends right before it
    [InlineData(11, 672, false)]  // starts right after it
    [InlineData(0, 672, true)]
    [InlineData(5, 5, false)]     // empty range
    public void A_range_overlaps_when_it_shares_a_slot(int from, int to, bool overlaps)
    {
        var set = SlotSet.Of([new SlotRange(10, 11)]);
        Assert.Equal(overlaps, set.Overlaps(new SlotRange(from, to)));
    }

    [Fact]
    public void Overlaps_agrees_with_slot_by_slot_across_word_boundaries() =>
        Gen.Int[0, 1000].Sample(seed =>
        {
            var rng = new Random(seed);
            var set = new SlotSet();
            for (var i = rng.Next(0, 6); i > 0; i--) set.Add(rng.Next(WeekSlots.Count));
            var from = rng.Next(WeekSlots.Count);
            var range = new SlotRange(from, rng.Next(from, WeekSlots.Count + 1));
            Assert.Equal(Enumerable.Range(range.From, range.Length).Any(set.Contains), set.Overlaps(range));
        }, iter: 2000);
}
