using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

public sealed class ParsedOpeningHoursTests
{
    [Theory]
    [InlineData("Mo-Fr 07:00-17:00; PH off")]
    [InlineData("Mo-Th 06:30-18:00; Fr 06:30-14:00")]
    [InlineData("Fr 22:00-02:00")]
    public void Says_what_the_hours_themselves_say(string text)
    {
        var hours = OpeningHours.Parse(text);
        var parsed = ParsedOpeningHours.Parse(text);

        Assert.Equal(hours.ToString(), parsed.Canonical);
        Assert.Equal(hours.ToWeeklyIntervals(), parsed.Intervals);
        Assert.Equal(hours.PublicHolidaysOff, parsed.PublicHolidaysOff);
        Assert.Same(parsed, ParsedOpeningHours.Parse(text));
    }

    [Fact]
    public void An_invalid_text_fails_every_time_with_the_parser_s_error()
    {
        Assert.False(OpeningHours.TryParse("Mo-Fr 25:00-26:00", out _, out var expected));
        for (var i = 0; i < 2; i++)
        {
            Assert.False(ParsedOpeningHours.TryParse("Mo-Fr 25:00-26:00", out _, out var error));
            Assert.Equal(expected.Message, error.Message);
        }
        Assert.Throws<OpeningHoursSyntaxException>(() => ParsedOpeningHours.Parse("Mo-Fr 25:00-26:00"));
    }
}
