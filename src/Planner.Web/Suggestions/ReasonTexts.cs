using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Suggestions;

/// <summary>
/// Why a partner ranks where it does, in the planner's words: a sentence per factor Partners scored, with its points of the
/// most that factor gives. Partners' own sentence names the site, the counts and the sector, but in English only.
/// </summary>
public static class ReasonTexts
{
    /// <summary>The factors Partners scores and the most points each gives (its SuggestionScore), together 100.</summary>
    private static readonly Dictionary<string, int> Most = new() { ["nearness"] = 40, ["employees"] = 30, ["sector"] = 20, ["cooperation"] = 10 };

    public static string Sentence(SuggestionReason reason, IStringLocalizer<Texts> texts) =>
        Most.TryGetValue(reason.Factor, out var most)
            ? texts[$"Reason_{reason.Factor}", Formats.Number(reason.Points), most]
            : texts["Reason_Other", Formats.Number(reason.Points)];
}
