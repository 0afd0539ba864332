using GutAusgestattet.Inventory.OpeningHours;

namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

public class ParseInvalidTests
{
    public static TheoryData<string, int, string> Invalid => new()
    {
        { "", 0, "expected a rule" },
        { "   ", 3, "expected a rule" },
        { "Mo 25:00-26:00", 3, "hour 25 is out of range 00–24" },
        { "Mo 12:60-13:00", 6, "minute 60 is out of range 00–59" },
        { "Mo 10:00-24:30", 9, "the latest time is 24:00" },
        { "Mo 24:00-02:00", 3, "24:00 is allowed only as an end time" },
        { "Mo 08:00 12:00", 9, "expected '-' between start and end time" },
        { "Mo 08:0012:00", 8, "expected '-' between start and end time" },
        { "Mo 08:00-08:00", 9, "the end 08:00 equals the start" },
        { "Mo 00:00-00:00", 9, "equals the start" },
        { "Mx 08:00-12:00", 0, "unknown weekday 'Mx'" },
        { "Mo-Fx 08:00-12:00", 3, "unknown weekday 'Fx'" },
        { "mo 08:00-12:00", 0, "unknown weekday 'mo'" },
        { "Mo-Fr 8:00-12:00", 6, "expected a time HH:MM" },
        { "Mo-Fr 08:00-", 12, "expected a time HH:MM" },
        { "Mo 0800-1200", 5, "expected ':' between hours and minutes" },
        { "Mo-Fr", 5, "expected times HH:MM-HH:MM or 'off' after the weekdays" },
        { "Mo-", 3, "expected a weekday" },
        { "Mo08:00-12:00", 2, "expected a space after the weekdays" },
        { "Mo 08:00-12:00;", 15, "expected a rule" },
        { "Mo 08:00-12:00; ", 16, "expected a rule" },
        { "Mo 08:00-12:00;; Sa off", 15, "expected a rule" },
        { "Mo 08:00-12:00; xyz", 16, "unknown weekday 'xyz'" },
        { "Mo 08:00-12:00 xyz", 15, "expected ';' or the end of the text" },
        { "Mo 08:00-12:00 off", 15, "expected ';' or the end of the text" },
        { "Jan-Mar Mo 08:00-12:00", 8, "only closed months are supported ('Jan off'); opening times for months are not supported" },
        { "Mo 08:00-12:00; Dec 24 off", 20, "only closed months are supported ('Dec off')" },
        { "Jul-Foo off", 4, "expected a month Jan..Dec after '-'" },
        { "Aug off; Mo 08:00-12:00", 9, "a rule after 'Aug off' would reopen those days; put month rules, 'PH off' and 'SH off' last" },
        { "2024 Mo-Fr 08:00-12:00", 0, "year selector '2024' is not supported" },
        { "week 01-10 Mo 08:00-12:00", 0, "week numbers ('week') are not supported" },
        { "Mo-Fr sunrise-sunset", 6, "variable time 'sunrise' is not supported" },
        { "Mo-Fr 08:00-sunset", 12, "variable time 'sunset' is not supported" },
        { "Mo-Fr (sunrise+01:00)-18:00", 6, "variable times '(…)' are not supported" },
        { "Mo-Fr 08:00+", 11, "open end '+' is not supported" },
        { "Mo[1] 08:00-12:00", 2, "nth weekday '[…]' is not supported" },
        { "Mo-Fr 08:00-12:00 \"nach Vereinbarung\"", 18, "comments are not supported" },
        { "Mo-Fr 08:00-12:00 || \"on appointment\"", 18, "fallback rules '||' are not supported" },
        { "Mo-Fr open", 6, "rule modifier 'open' is not supported" },
        { "unknown", 0, "rule modifier 'unknown' is not supported" },
        { "SH 08:00-12:00", 3, "only 'SH off' is supported; opening times or other rules for school holidays" },
        { "Mo,SH off", 3, "school holidays are supported only as a rule of their own" },
        { "SH off; Mo 08:00-12:00", 8, "a rule after 'SH off' would reopen those days" },
        { "PH 10:00-12:00", 3, "only 'PH off' is supported" },
        { "PH", 2, "only 'PH off' is supported" },
        { "Mo,PH off", 3, "public holidays are supported only as a rule of their own" },
        { "PH off; Mo 08:00-12:00", 8, "put month rules, 'PH off' and 'SH off' last" },
        { "Mo-Fr 08:00-12:00, Sa 10:00-12:00", 19, "rules joined by ',' are not supported" },
        { "Mo 24/7", 5, "expected ':'" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_text_is_refused_with_position_and_message(string text, int position, string fragment)
    {
        Assert.False(OpeningHours.TryParse(text, out var hours, out var error));
        Assert.Null(hours);
        Assert.Equal(position, error.Position);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.EndsWith($" at position {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_a_format_exception_carrying_the_position()
    {
        var exception = Assert.Throws<OpeningHoursSyntaxException>(() => OpeningHours.Parse("Mo-Fr 08:00-25:00"));

        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.Equal(12, exception.Position);
        Assert.Equal("hour 25 is out of range 00–24 at position 12", exception.Message);
    }

    [Fact]
    public void Null_is_a_programming_error_not_a_syntax_error() =>
        Assert.Throws<ArgumentNullException>(() => OpeningHours.Parse(null!));
}
