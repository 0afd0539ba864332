using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.PlannerWeb.SurveyWaves;

/// <summary>
/// The population a planner names to make a survey its current wave, checked as Surveys checks it, so what the page can tell in
/// German it tells before asking: the name is needed, at most 120 characters without control characters, and a survey stays a
/// wave of the population it was first marked for. Only Surveys' e-mail and phone check (the name travels in an event) is left.
/// </summary>
public static class PopulationName
{
    public const string FieldId = "population";

    /// <summary>Surveys.Service's longest population name.</summary>
    public const int MaxLength = 120;

    /// <summary>The trimmed name, or null with the rule it breaks.</summary>
    public static string? Read(string? typed, Survey survey, out InputRule? rule)
    {
        var name = typed?.Trim() ?? "";
        rule = name.Length == 0 ? new InputRule(FieldId, "Waves_NameMissing")
            : name.Length > MaxLength ? new InputRule(FieldId, "Waves_NameTooLong", Formats.Whole(MaxLength))
            : name.Any(char.IsControl) ? new InputRule(FieldId, "Waves_NameControl")
            : survey.Population is { } own && own != name ? new InputRule(FieldId, "Waves_NameFixed", own)
            : null;
        return rule is null ? name : null;
    }

    /// <summary>
    /// Surveys' refusal of the name in the page's words (what is left after <see cref="Read"/> is its e-mail and phone check);
    /// null for a refusal of the marking itself (409: a colleague marked a wave of the population at the same moment).
    /// </summary>
    public static InputRule? Refused(ServiceProblem problem) => problem.FieldErrors.Count > 0 ? new InputRule(FieldId, "Waves_NameRefused") : null;
}
