namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// A version of a survey was published: respondents can answer it from now on, and answers name
/// <paramref name="Version"/>. A published version never changes; an edit becomes a new version.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="Version">The published version (1, 2, …); it replaces any earlier published version.</param>
/// <param name="Title">The survey's German title. Non-personal free text (<see cref="PublicText"/>): refused where entered if it holds an e-mail address or phone number.</param>
/// <param name="Languages">ISO 639-1 codes of the languages the version can be answered in; <c>de</c> always.</param>
/// <param name="PublishedAt">When the version was published.</param>
public sealed record SurveyPublished(
    string TenantId,
    Guid SurveyId,
    int Version,
    string Title,
    IReadOnlyList<string> Languages,
    DateTimeOffset PublishedAt) : ITenantEvent;
