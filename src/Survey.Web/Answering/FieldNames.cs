namespace GutAusgestattet.SurveyWeb.Answering;

/// <summary>
/// The names of the form fields and the ids of their controls. The service names a refused
/// answer by the same path (<c>needs[0].windows[1].from</c>), so its messages find their field.
/// </summary>
public static class FieldNames
{
    public const string Consent = "consent";
    public const string HouseholdType = "householdType";
    public const string AreaCode = "areaCode";
    public const string AwayDays = "awayDays";
    /// <summary>The service's name for it too: the workplace's area, in the municipality or another one sharing the platform.</summary>
    public const string WorkplaceArea = "workplace.areaCode";
    public const string Languages = "languages";
    public const string Employer = "employerId";

    public static string Need(int need, string field) => $"needs[{need}].{field}";

    public static string Window(int need, int window, string field) => $"needs[{need}].windows[{window}].{field}";

    public static string Extra(string question) => $"extra.{question}";

    /// <summary>The control's id: the name with only characters an id and a URL fragment keep.</summary>
    public static string Id(string name) => name.Replace("].", "-").Replace('[', '-').Replace(']', '-').Replace('.', '-').TrimEnd('-');
}
