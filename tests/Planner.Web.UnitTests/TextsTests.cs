using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using GutAusgestattet.PlannerWeb.Localization;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed partial class TextsTests
{
    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    private static readonly ResourceManager Resources = new(typeof(Texts).FullName!, typeof(Texts).Assembly);

    /// <summary>No English page falls back to German half-way, and every placeholder is kept.</summary>
    [Fact]
    public void Every_text_exists_in_English_with_the_same_placeholders()
    {
        var german = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var english = Resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

        Assert.Empty(german.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(german.Keys));
        Assert.All(german, text => Assert.Equal(Placeholder().Matches(text.Value).Select(m => m.Value).Order(), Placeholder().Matches(english[text.Key]).Select(m => m.Value).Order()));
    }

    [Fact]
    public void Figures_and_dates_are_written_the_German_way_in_either_language()
    {
        Assert.Equal(("1.234,5", "17 %", "30.11.2026"), (Formats.Number(1234.46), Formats.Percent(0.17), Formats.Date(new DateOnly(2026, 11, 30))));
        // 13:05 UTC is 14:05 in Berlin in winter.
        Assert.Equal("30.11.2026, 14:05", Formats.DateTime(new DateTimeOffset(2026, 11, 30, 13, 5, 0, TimeSpan.Zero)));
    }
}
