using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.ServiceDefaults.Tests;

public class AgsTests
{
    [Theory]
    [InlineData("09162000", "09", "09162")] // München
    [InlineData("01001000", "01", "01001")] // Flensburg
    [InlineData("16077001", "16", "16077")]
    public void Accepts_eight_digits_with_a_known_state(string text, string state, string district)
    {
        Assert.True(Ags.TryParse(text, out var ags, out var error));
        Assert.Null(error);
        Assert.Equal(text, ags.Value);
        Assert.Equal(state, ags.StateCode);
        Assert.Equal(district, ags.DistrictCode);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("0916200", "exactly 8 digits")]
    [InlineData("091620001", "exactly 8 digits")]
    [InlineData("0916200A", "exactly 8 digits")]
    [InlineData("09 16200", "exactly 8 digits")]
    [InlineData("００１６２０００", "exactly 8 digits")]
    [InlineData("00162000", "state code")]
    [InlineData("17162000", "state code")]
    public void Refuses_anything_else_with_the_rule_it_breaks(string? text, string rule)
    {
        Assert.False(Ags.TryParse(text, out _, out var error));
        Assert.Contains(rule, error);
        Assert.Throws<FormatException>(() => Ags.Parse(text!));
    }
}
