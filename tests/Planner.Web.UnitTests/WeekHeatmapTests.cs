using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class WeekHeatmapTests
{
    private static GapWeek Week(params (int Slot, double Persons)[] persons)
    {
        var slots = new double[672];
        foreach (var (slot, value) in persons) slots[slot] = value;
        return new GapWeek(Guid.NewGuid(), "kita:mitte:time", "2026-W49", new DateOnly(2026, 11, 30), 15, slots);
    }

    [Fact]
    public void Each_two_hour_block_shows_the_most_persons_of_its_quarter_hours()
    {
        // Monday 06:00–06:15: 2 persons, 07:45–08:00: 3; Sunday 23:45: 1.
        var heatmap = WeekHeatmap.Of(Week((24, 2), (31, 3), (671, 1)));

        Assert.Equal(7, heatmap.Days.Count);
        Assert.All(heatmap.Days, day => Assert.Equal(12, day.Blocks.Count));
        Assert.Equal((DayOfWeek.Monday, DayOfWeek.Sunday), (heatmap.Days[0].DayOfWeek, heatmap.Days[6].DayOfWeek));
        var morning = heatmap.Days[0].Blocks[3];
        Assert.Equal((6, 8, 3.0, 3), (morning.FromHour, morning.ToHour, morning.Persons, morning.Level));
        Assert.Equal((22, 1.0, 1), (heatmap.Days[6].Blocks[11].FromHour, heatmap.Days[6].Blocks[11].Persons, heatmap.Days[6].Blocks[11].Level));
        Assert.Equal(3, heatmap.Peak);
        Assert.Equal(2, heatmap.Days.Sum(d => d.Blocks.Count(b => b.Persons > 0)));
    }

    [Fact]
    public void A_week_without_anyone_left_out_is_empty_and_a_wrong_length_is_refused()
    {
        Assert.True(WeekHeatmap.Of(Week()).IsEmpty);
        Assert.Throws<ArgumentException>(() => WeekHeatmap.Of(Week() with { Persons = new double[96] }));
    }
}
