namespace GutAusgestattet.Inventory.UnitTests.OpeningHours;

using OpeningHours = GutAusgestattet.Inventory.OpeningHours.OpeningHours;

public class ParseValidTests
{
    private const string Weekdays8To18 = "Mo 08:00-18:00, Tu 08:00-18:00, We 08:00-18:00, Th 08:00-18:00, Fr 08:00-18:00";

    public static TheoryData<string, string, string> Valid => new()
    {
        { "Mo-Fr 08:00-18:00", "Mo-Fr 08:00-18:00", Weekdays8To18 },
        { "Mo,Tu,We,Th,Fr 08:00-18:00", "Mo-Fr 08:00-18:00", Weekdays8To18 },
        { "Mo-Fr 14:00-18:00, 08:00-12:00", "Mo-Fr 08:00-12:00,14:00-18:00",
            "Mo 08:00-12:00, Mo 14:00-18:00, Tu 08:00-12:00, Tu 14:00-18:00, We 08:00-12:00, We 14:00-18:00, "
            + "Th 08:00-12:00, Th 14:00-18:00, Fr 08:00-12:00, Fr 14:00-18:00" },
        { "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off", "Mo-Fr 08:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off",
            "Mo 08:00-12:00, Mo 14:00-18:00, Tu 08:00-12:00, Tu 14:00-18:00, We 08:00-12:00, We 14:00-18:00, "
            + "Th 08:00-12:00, Th 14:00-18:00, Fr 08:00-12:00, Fr 14:00-18:00, Sa 09:00-12:00" },
        { "  Mo-Fr  08:00 - 12:00 ;Sa 10:00-12:00 ", "Mo-Fr 08:00-12:00; Sa 10:00-12:00",
            "Mo 08:00-12:00, Tu 08:00-12:00, We 08:00-12:00, Th 08:00-12:00, Fr 08:00-12:00, Sa 10:00-12:00" },
        { "07:00-09:00", "07:00-09:00",
            "Mo 07:00-09:00, Tu 07:00-09:00, We 07:00-09:00, Th 07:00-09:00, Fr 07:00-09:00, Sa 07:00-09:00, Su 07:00-09:00" },
        { "Mo-Su 07:00-09:00", "07:00-09:00",
            "Mo 07:00-09:00, Tu 07:00-09:00, We 07:00-09:00, Th 07:00-09:00, Fr 07:00-09:00, Sa 07:00-09:00, Su 07:00-09:00" },
        { "Fr-Mo 10:00-16:00", "Mo,Fr-Su 10:00-16:00", "Mo 10:00-16:00, Fr 10:00-16:00, Sa 10:00-16:00, Su 10:00-16:00" },
        { "Mo-We,Fr-Su 09:00-17:00", "Mo-We,Fr-Su 09:00-17:00",
            "Mo 09:00-17:00, Tu 09:00-17:00, We 09:00-17:00, Fr 09:00-17:00, Sa 09:00-17:00, Su 09:00-17:00" },
        { "Sa,Mo,We 09:00-10:00", "Mo,We,Sa 09:00-10:00", "Mo 09:00-10:00, We 09:00-10:00, Sa 09:00-10:00" },
        { "Mo 00:00-24:00", "Mo 00:00-24:00", "Mo 00:00-24:00" },
        { "Mo 22:00-00:00", "Mo 22:00-24:00", "Mo 22:00-24:00" },
        { "Mo 22:00-06:00", "Mo 22:00-06:00", "Mo 22:00-24:00, Tu 00:00-06:00" },
        { "Mo 08:00-12:00,10:00-14:00,14:00-16:00", "Mo 08:00-12:00,10:00-14:00,14:00-16:00", "Mo 08:00-16:00" },
        { "Mo-Sa 08:00-12:00; Sa closed", "Mo-Fr 08:00-12:00; Sa off",
            "Mo 08:00-12:00, Tu 08:00-12:00, We 08:00-12:00, Th 08:00-12:00, Fr 08:00-12:00" },
        { "Sa off", "Sa off", "" },
        { "off", "off", "" },
        { "Mo-Su off", "off", "" },
        { "PH off", "PH off", "" },
        { "SH off", "SH off", "" },
        { "Mo-Fr 07:00-17:00; Aug off", "Mo-Fr 07:00-17:00; Aug off", "Mo 07:00-17:00, Tu 07:00-17:00, We 07:00-17:00, Th 07:00-17:00, Fr 07:00-17:00" },
        { "Mo-Fr 07:00-17:00; SH off; Jul-Aug off; Dec closed", "Mo-Fr 07:00-17:00; Jul-Aug off; Dec off; SH off",
            "Mo 07:00-17:00, Tu 07:00-17:00, We 07:00-17:00, Th 07:00-17:00, Fr 07:00-17:00" },
        { "Nov-Feb off", "Jan-Feb off; Nov-Dec off", "" },
        { "Mo-Fr 07:00-17:00; PH off; SH off", "Mo-Fr 07:00-17:00; SH off; PH off", "Mo 07:00-17:00, Tu 07:00-17:00, We 07:00-17:00, Th 07:00-17:00, Fr 07:00-17:00" },
        { "Mo 06:00-07:00;Tu 06:00-07:00;We 06:00-07:00", "Mo-We 06:00-07:00", "Mo 06:00-07:00, Tu 06:00-07:00, We 06:00-07:00" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_text_is_written_back_in_canonical_form(string text, string canonical, string _) =>
        Assert.Equal(canonical, OpeningHours.Parse(text).ToString());

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_text_yields_its_weekly_intervals(string text, string _, string intervals) =>
        Assert.Equal(intervals, Intervals.Describe(OpeningHours.Parse(text).ToWeeklyIntervals()));

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_text_parses_to_the_same_value_as_its_canonical_form(string text, string canonical, string _)
    {
        Assert.Equal(OpeningHours.Parse(canonical), OpeningHours.Parse(text));
        Assert.Equal(canonical, OpeningHours.Parse(canonical).ToString());
    }

    [Fact]
    public void TryParse_hands_back_the_hours_and_no_error()
    {
        Assert.True(OpeningHours.TryParse("Mo 08:00-12:00", out var hours, out var error));
        Assert.Null(error);
        Assert.Equal("Mo 08:00-12:00", hours.ToString());
    }
}
