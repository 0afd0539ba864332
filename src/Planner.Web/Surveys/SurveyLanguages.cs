namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>The languages of the survey template: German and English always, the others as the planner chooses.</summary>
public static class SurveyLanguages
{
    public static readonly IReadOnlyList<string> Required = ["de", "en"];

    /// <summary>In the template's order, which the public pages' language switch follows.</summary>
    public static readonly IReadOnlyList<string> Optional = ["tr", "ar", "uk", "pl", "ru"];

    /// <summary>The chosen ones among <see cref="Optional"/>, after the required ones, in the template's order; anything else is ignored.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string?> chosen)
    {
        var picked = chosen.ToHashSet(StringComparer.Ordinal);
        return [.. Required, .. Optional.Where(picked.Contains)];
    }
}
