namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>
/// The public survey web's address, to show a survey's open link as households see it (the same address Surveys.Service
/// prints on posters and letters). Null when not configured: the page then offers the QR code and poster only.
/// </summary>
public sealed class SurveyLinks(IConfiguration configuration)
{
    public const string Setting = "SurveyWeb:PublicBaseUrl";

    public string? OpenLink(string ags, Guid surveyId) =>
        Uri.TryCreate(configuration[Setting]?.Trim().TrimEnd('/'), UriKind.Absolute, out var root) && root.Scheme is "https" or "http"
            ? $"{root.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{ags}/{surveyId}"
            : null;
}
