namespace GutAusgestattet.Surveys.Surveys;

/// <summary>
/// What respondents see: title, purpose and consent text, and the questions, each text in every
/// language of <see cref="Languages"/> (German and English at least).
/// </summary>
/// <param name="Title">Language code → title.</param>
/// <param name="Languages">ISO 639-1 codes the survey can be answered in; <c>de</c> and <c>en</c> always.</param>
/// <param name="Consent">The purpose and consent text shown before answering, with its version.</param>
/// <param name="Questions">The standard questions of the template first, then the planner's own.</param>
/// <param name="Responsible">Who is responsible for the processing (Art. 13 GDPR); required to publish.</param>
public sealed record SurveyDefinition(
    Dictionary<string, string> Title,
    List<string> Languages,
    ConsentText Consent,
    List<Question> Questions,
    Responsible? Responsible = null);

/// <summary>The controller named to respondents before the first question (Art. 13 GDPR).</summary>
/// <param name="Municipality">The municipality's name as respondents know it, e.g. <c>Stadt Nürnberg</c>.</param>
/// <param name="Office">The office running the survey, e.g. <c>Amt für Sozialplanung</c>.</param>
/// <param name="Address">Postal address of the office.</param>
/// <param name="Email">Where respondents can ask about their data.</param>
/// <param name="Phone">Optional telephone number.</param>
/// <param name="DataProtectionOfficer">Contact of the municipality's data protection officer (Art. 13(1)(b)).</param>
public sealed record Responsible(
    string Municipality,
    string Office,
    string Address,
    string Email,
    string? Phone = null,
    string? DataProtectionOfficer = null);

/// <param name="Version">Changes whenever the text changes in substance; recorded with every answer.</param>
/// <param name="Text">Language code → text.</param>
public sealed record ConsentText(string Version, Dictionary<string, string> Text);

/// <param name="Id">Stable key of the answer, e.g. <c>householdType</c> or the planner's <c>commute</c>.</param>
/// <param name="Type">See <see cref="QuestionTypes"/>.</param>
/// <param name="Required">Whether an answer must be given.</param>
/// <param name="Text">Language code → question text.</param>
/// <param name="Choices">For choice questions, the allowed values with their texts.</param>
public sealed record Question(
    string Id,
    string Type,
    bool Required,
    Dictionary<string, string> Text,
    List<Choice>? Choices = null);

/// <param name="Value">The value an answer sends.</param>
/// <param name="Text">Language code → text shown.</param>
public sealed record Choice(string Value, Dictionary<string, string> Text);

public static class QuestionTypes
{
    /// <summary>The template's structured questions: their answers become demand items.</summary>
    public static readonly IReadOnlySet<string> Standard = new HashSet<string> { "householdType", "area", "awayDays", "needs", "languages" };

    /// <summary>What a planner may add: answers stay in the survey service, never in events.</summary>
    public static readonly IReadOnlySet<string> Custom = new HashSet<string> { "text", "choice", "number", "yesNo" };
}
