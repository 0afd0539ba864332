using System.Globalization;
using System.Text.Json.Nodes;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>A survey's title as the pages show it, and the planner's choices written into a draft's definition.</summary>
public static class SurveyTitles
{
    /// <summary>Surveys.Service's limit for a title.</summary>
    public const int MaxLength = 300;

    /// <summary>In the page's language, German where there is none; null without a definition.</summary>
    public static string? InPageLanguage(SurveyDefinition? definition) =>
        definition?.Title.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? definition?.Title.GetValueOrDefault("de");

    /// <summary>
    /// The chosen languages, and the planner's titles in German and English (the English one falls back to the German one;
    /// an empty title keeps the template's). The template's texts in the languages left out stay in the definition unused,
    /// as the service allows, so a language added back later needs no translation.
    /// </summary>
    public static void Apply(JsonObject definition, string titleDe, string titleEn, IReadOnlyList<string> languages)
    {
        definition["languages"] = new JsonArray([.. languages.Select(l => JsonValue.Create(l))]);
        var title = definition["title"]!.AsObject();
        if (titleDe.Length > 0) title["de"] = titleDe;
        if (titleEn.Length > 0 || titleDe.Length > 0) title["en"] = titleEn.Length > 0 ? titleEn : titleDe;
    }
}
