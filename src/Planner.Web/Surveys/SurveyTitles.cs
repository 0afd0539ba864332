using System.Globalization;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>A survey's title as the pages show it.</summary>
public static class SurveyTitles
{
    /// <summary>Surveys.Service's limit for a title.</summary>
    public const int MaxLength = 300;

    /// <summary>In the page's language, German where there is none; null without a definition.</summary>
    public static string? InPageLanguage(SurveyDefinition? definition) =>
        definition?.Title.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? definition?.Title.GetValueOrDefault("de");
}
