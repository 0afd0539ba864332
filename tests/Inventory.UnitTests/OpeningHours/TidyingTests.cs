using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

/// <summary>Opening hours as municipalities' open data writes them: tidied with a note per change, or refused with the fix.</summary>
public class TidyingTests
{
    public static TheoryData<string, string, string> Dirty => new()
    {
        // as found, canonical after tidying, part of the note
        { "07:30-16:30", "Mo-Fr 07:30-16:30", "names no weekdays: read as Mo-Fr" },
        { "Mo-Fr 07:00-17.00", "Mo-Fr 07:00-17:00", "'07:00-17.00' read as 07:00-17:00" },
        { "Mo-Fr 7.00-17.00", "Mo-Fr 07:00-17:00", "'7.00-17.00' read as 07:00-17:00" },
        { "Mo-Fr 7-17", "Mo-Fr 07:00-17:00", "'7-17' read as 07:00-17:00" },
        { "Mo-Fr 0730-1630", "Mo-Fr 07:30-16:30", "'0730-1630' read as 07:30-16:30" },
        { "Mo-Fr 7:00 – 17:00 Uhr", "Mo-Fr 07:00-17:00", "'Uhr' left out" },
        { "Mo-Do 7 bis 16, Fr 7 bis 14", "Mo-Th 07:00-16:00; Fr 07:00-14:00", "German weekday 'Do' read as Th" },
        { "Mo.-Fr. 07:00-17:00", "Mo-Fr 07:00-17:00", "'Mo.' read as Mo" },
        { "7-12, 14-17", "Mo-Fr 07:00-12:00,14:00-17:00", "read as Mo-Fr" },
        { "Mo-Fr 22-6", "Mo-Fr 22:00-06:00", "'22-6' read as 22:00-06:00" },
    };

    [Theory]
    [MemberData(nameof(Dirty))]
    public void Dirt_is_tidied_with_a_note_saying_how(string found, string canonical, string note)
    {
        var tidied = OpeningHoursTidying.Tidy(found, bareRangesOnWorkingDays: true);

        Assert.Null(tidied.Refusal);
        Assert.Contains(tidied.Changes, c => c.Contains(note, StringComparison.Ordinal));
        Assert.Equal(canonical, OpeningHours.Parse(tidied.Text).ToString());
    }

    [Theory]
    [InlineData("Mo-Fr 07:00-17:00; PH off")]
    [InlineData("Mo-Fr 07:00 - 17:00")]
    [InlineData("24/7")]
    [InlineData("Mo-Fr 06:00-22:00; Sa 08:00-12:00")]
    public void Valid_text_is_left_as_it_is_without_a_note(string valid)
    {
        var tidied = OpeningHoursTidying.Tidy(valid, bareRangesOnWorkingDays: true);

        Assert.Equal(valid, tidied.Text);
        Assert.Empty(tidied.Changes);
        Assert.Null(tidied.Refusal);
    }

    [Fact]
    public void A_bare_range_keeps_its_every_day_meaning_outside_open_data_but_is_noted()
    {
        var tidied = OpeningHoursTidying.Tidy("07:00-19:00", bareRangesOnWorkingDays: false);

        Assert.Equal("07:00-19:00", OpeningHours.Parse(tidied.Text).ToString());
        Assert.Contains("read as every day (Mo-Su)", Assert.Single(tidied.Changes));
    }

    [Fact]
    public void Whole_hours_ending_before_they_start_before_noon_are_refused_with_both_readings()
    {
        var tidied = OpeningHoursTidying.Tidy("Mo-Fr 7-5", bareRangesOnWorkingDays: true);

        Assert.NotNull(tidied.Refusal);
        Assert.Contains("'7-5' is ambiguous", tidied.Refusal);
        Assert.Contains("07:00-17:00", tidied.Refusal);
    }
}
