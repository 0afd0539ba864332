namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// The addresses of the public survey web (Survey.Web) that letters and posters print: a
/// household's invitation <c>{base}/i/{code}</c> and a survey's open link <c>{base}/{ags}/{surveyId}</c>.
/// </summary>
public sealed class PublicLinks
{
    /// <summary>The setting naming the survey web's public address, e.g. <c>https://umfrage.example.de</c>.</summary>
    public const string Setting = "Surveys:PublicBaseUrl";

    private readonly string _base;

    private PublicLinks(string baseUrl) => _base = baseUrl;

    /// <summary>Null when the setting is missing or not an absolute http(s) address: nothing printed could then be opened.</summary>
    public static PublicLinks? FromSetting(string? value) =>
        Uri.TryCreate(value?.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Query.Length == 0
            ? new PublicLinks(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'))
            : null;

    public string Invitation(string code) => $"{_base}/i/{code}";

    public string OpenLink(string ags, Guid surveyId) => $"{_base}/{ags}/{surveyId}";
}
