using System.Text.RegularExpressions;
using GutAusgestattet.SurveyWeb.Localization;

namespace GutAusgestattet.SurveyWeb.UnitTests;

public sealed partial class TextsTests
{
    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> Languages => new(UiLanguage.Supported.Select(l => l.Code));

    /// <summary>No page falls back to German in the middle of another language, and every placeholder is kept.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_exists_in_every_language_with_its_placeholders(string code)
    {
        var language = UiLanguage.Of(code);
        var german = UiLanguage.German;
        var missing = new List<string>();
        foreach (var key in UiLanguage.Keys())
        {
            var text = language[key];
            if (code != "de" && text == german[key] && !key.StartsWith("Age_", StringComparison.Ordinal)) missing.Add(key);
            Assert.Equal(Placeholder().Matches(german[key]).Select(m => m.Value).Order(), Placeholder().Matches(text).Select(m => m.Value).Order());
        }
        Assert.True(missing.Count <= 3, $"{code} lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Arabic_is_written_right_to_left_and_unknown_codes_read_german() =>
        Assert.Equal(("rtl", "ltr", "de"), (UiLanguage.Of("ar").Dir, UiLanguage.Of("uk").Dir, UiLanguage.Of("xx").Code));
}
