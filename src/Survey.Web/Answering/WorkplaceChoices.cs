using GutAusgestattet.DesignSystem.Forms;
using GutAusgestattet.SurveyWeb.SurveysApi;

namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>
/// The workplace select's choices: the municipality's own areas by their code, as before, and the areas of the other
/// municipalities sharing the platform as <c>AGS:code</c>, grouped by municipality. One field, one value per choice, so the
/// choice round-trips without JavaScript; a value is taken only when it is one of the choices, never parsed on trust.
/// </summary>
public static class WorkplaceChoices
{
    public static IEnumerable<WorkplaceChoice> All(PublicSurvey survey) =>
        survey.Areas.Select(a => new WorkplaceChoice(a.Value, survey.TenantId, a.Value, a.Text, null))
            .Concat((survey.Workplaces ?? []).SelectMany(m => m.Areas.Select(a => new WorkplaceChoice($"{m.Ags}:{a.Value}", m.Ags, a.Value, a.Text, m.Name))));

    public static IReadOnlyList<Option> Options(PublicSurvey survey) => [.. All(survey).Select(c => new Option(c.Value, c.AreaName, c.Municipality))];

    /// <summary>The choice the select sent, or null when it is none of them.</summary>
    public static WorkplaceChoice? Chosen(PublicSurvey survey, string value) => All(survey).FirstOrDefault(c => c.Value == value);

    /// <summary>How an answer's workplace reads: the area, and the municipality when it is another one; the code where the survey no longer lists it.</summary>
    public static string Text(PublicSurvey? survey, SubmittedWorkplace workplace) =>
        (survey is null ? null : All(survey).FirstOrDefault(c => c.Ags == workplace.Ags && c.AreaCode == workplace.AreaCode)?.Text) ?? workplace.AreaCode ?? "";
}

/// <param name="Value">The select's value.</param>
/// <param name="Municipality">The other municipality's name; null for the own municipality's areas.</param>
public sealed record WorkplaceChoice(string Value, string Ags, string AreaCode, string AreaName, string? Municipality)
{
    public string Text => Municipality is null ? AreaName : $"{AreaName} ({Municipality})";
}
