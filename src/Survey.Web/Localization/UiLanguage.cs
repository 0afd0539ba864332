using System.Globalization;
using System.Resources;

namespace GutAusgestattet.SurveyWeb.Localization;

/// <summary>
/// The language a page speaks: its code for <c>lang</c>, its writing direction for <c>dir</c>,
/// and the texts of the pages in it (Localization/Texts.*.resx; German where a text is missing).
/// </summary>
public sealed record UiLanguage(string Code, string NativeName, bool RightToLeft)
{
    private static readonly ResourceManager Texts = new("GutAusgestattet.SurveyWeb.Localization.Texts", typeof(UiLanguage).Assembly);

    /// <summary>The languages the pages' own texts exist in; a survey may offer fewer.</summary>
    public static readonly IReadOnlyList<UiLanguage> Supported =
    [
        new("de", "Deutsch", false),
        new("en", "English", false),
        new("tr", "Türkçe", false),
        new("ar", "العربية", true),
        new("uk", "Українська", false),
        new("pl", "Polski", false),
        new("ru", "Русский", false),
    ];

    public static UiLanguage German => Supported[0];

    /// <summary>The supported language with that code; German for anything else.</summary>
    public static UiLanguage Of(string? code) => Supported.FirstOrDefault(l => l.Code == code) ?? German;

    public static bool IsSupported(string? code) => Supported.Any(l => l.Code == code);

    public string Dir => RightToLeft ? "rtl" : "ltr";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);

    public string this[string key] => Texts.GetString(key, Culture) ?? throw new KeyNotFoundException($"No text '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>Every key of the German texts, for the test that each language has each text.</summary>
    public static IEnumerable<string> Keys() =>
        Texts.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);
}
