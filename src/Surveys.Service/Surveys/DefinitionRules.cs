using System.Text.RegularExpressions;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Surveys.Surveys;

/// <summary>
/// What makes a definition valid: the template's questions kept, every text in every language, and a
/// responsible body, when named, that respondents can reach. Publishing additionally needs the responsible body.
/// </summary>
public static partial class DefinitionRules
{
    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_-]{0,39}$")]
    private static partial Regex QuestionId();

    /// <summary>Plausible, not proven: one @, no spaces, a dot in the domain. Whether mail arrives only sending shows.</summary>
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailAddress();

    private const int MaxContactLength = 300;

    public static RequestValidation Validate(SurveyDefinition? definition)
    {
        var v = new RequestValidation();
        if (definition is null) return v.Add("body", "A survey definition is required.");
        var languages = definition.Languages ?? [];
        foreach (var required in SurveyTemplate.RequiredLanguages)
            v.Require(languages.Contains(required), "languages", $"The survey must be offered in '{required}'.");
        for (var i = 0; i < languages.Count; i++)
            v.Require(LanguageCode().IsMatch(languages[i] ?? ""), $"languages[{i}]", "A language is a two-letter ISO 639-1 code in lower case, e.g. 'pl'.");
        v.Require(languages.Distinct().Count() == languages.Count, "languages", "Each language once.");

        Texts(v, "title", definition.Title, languages, 300);
        // The German title travels in SurveyPublished; the others are shown to respondents as publicly.
        foreach (var (language, title) in definition.Title ?? []) v.RequirePublicText(title, $"title.{language}");
        if (definition.Consent is null) v.Add("consent", "A consent and purpose text is required.");
        else
        {
            v.Require(definition.Consent.Version is { Length: > 0 and <= 40 }, "consent.version", "A version of 1 to 40 characters is required.");
            Texts(v, "consent.text", definition.Consent.Text, languages, 5000);
        }

        if (definition.Responsible is { } responsible) ResponsibleBody(v, responsible);

        var questions = definition.Questions ?? [];
        v.Require(questions.Count <= 60, "questions", "At most 60 questions.");
        foreach (var (id, type) in SurveyTemplate.StandardQuestions)
        {
            var q = questions.FirstOrDefault(q => q?.Id == id);
            if (q is null) v.Add("questions", $"The template's question '{id}' must stay.");
            else v.Require(q.Type == type, $"questions[{questions.IndexOf(q)}].type", $"The template's question '{id}' keeps its type '{type}'.");
            if (q is not null && SurveyTemplate.AlwaysRequired.Contains(id))
                v.Require(q.Required, $"questions[{questions.IndexOf(q)}].required", $"The template's question '{id}' is always required.");
        }
        v.Require(questions.Select(q => q?.Id).Distinct().Count() == questions.Count, "questions", "Question ids must be unique.");
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var key = $"questions[{i}]";
            if (q is null) { v.Add(key, "A question is required."); continue; }
            v.Require(QuestionId().IsMatch(q.Id ?? ""), $"{key}.id", "An id of letters, digits, '_' or '-', starting with a letter, at most 40 characters.");
            var standard = SurveyTemplate.StandardQuestions.ContainsKey(q.Id ?? "");
            if (!standard)
                v.Require(QuestionTypes.Custom.Contains(q.Type ?? ""), $"{key}.type", $"An added question's type is one of: {string.Join(", ", QuestionTypes.Custom)}.");
            Texts(v, $"{key}.text", q.Text, languages, 1000);
            if (q.Type == "choice")
            {
                var choices = q.Choices ?? [];
                v.Require(choices.Count is >= 2 and <= 30, $"{key}.choices", "A choice question has 2 to 30 choices.");
                for (var c = 0; c < choices.Count; c++)
                {
                    v.Require(choices[c]?.Value is { Length: > 0 and <= 40 }, $"{key}.choices[{c}].value", "A value of 1 to 40 characters is required.");
                    Texts(v, $"{key}.choices[{c}].text", choices[c]?.Text, languages, 300);
                }
            }
        }
        return v;
    }

    private static void ResponsibleBody(RequestValidation v, Responsible r)
    {
        Contact(v, "responsible.municipality", r.Municipality, required: true);
        Contact(v, "responsible.office", r.Office, required: true);
        Contact(v, "responsible.address", r.Address, required: true);
        if (Contact(v, "responsible.email", r.Email, required: true))
            v.Require(EmailAddress().IsMatch(r.Email), "responsible.email", "An e-mail address such as 'sozialplanung@stadt.example' is required.");
        Contact(v, "responsible.phone", r.Phone, required: false);
        Contact(v, "responsible.dataProtectionOfficer", r.DataProtectionOfficer, required: false);
    }

    /// <returns>Whether the value is there and of a valid length.</returns>
    private static bool Contact(RequestValidation v, string field, string? value, bool required)
    {
        if (value is null && !required) return false;
        var valid = !string.IsNullOrWhiteSpace(value) && value.Length <= MaxContactLength;
        v.Require(valid, field, required
            ? $"A text of 1 to {MaxContactLength} characters is required."
            : $"Leave it out or give a text of 1 to {MaxContactLength} characters.");
        return valid;
    }

    private static void Texts(RequestValidation v, string field, Dictionary<string, string>? texts, IReadOnlyList<string> languages, int max)
    {
        foreach (var language in languages.Where(l => l is not null))
        {
            var text = texts?.GetValueOrDefault(language);
            v.Require(!string.IsNullOrWhiteSpace(text) && text.Length <= max, $"{field}.{language}", $"A text of 1 to {max} characters is required in '{language}'.");
        }
    }
}
