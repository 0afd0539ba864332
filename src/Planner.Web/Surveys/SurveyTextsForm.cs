using System.Text.Json.Nodes;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.Surveys;

/// <summary>
/// What a planner chooses of a draft's texts — the titles in German and English and the languages — as typed, and written into
/// the draft's definition. Shared by the new survey's form and the draft's form on the survey's page.
/// </summary>
public sealed record SurveyTextsForm(string TitleDe, string TitleEn, IReadOnlyList<string> Languages)
{
    public static readonly SurveyTextsForm Template = new("", "", [.. SurveyLanguages.Required, .. SurveyLanguages.Optional]);

    /// <summary>The draft's own titles and languages, to be changed.</summary>
    public static SurveyTextsForm Of(SurveyDefinition definition) =>
        new(definition.Title.GetValueOrDefault("de") ?? "", definition.Title.GetValueOrDefault("en") ?? "", definition.Languages ?? SurveyLanguages.Required);

    public static SurveyTextsForm Read(Func<string, StringValues> posted) =>
        new(posted("title-de").ToString().Trim(), posted("title-en").ToString().Trim(), SurveyLanguages.Of(posted("languages")));

    /// <summary>The title fields longer than the service takes.</summary>
    public IEnumerable<string> TooLong => new[] { ("title-de", TitleDe), ("title-en", TitleEn) }.Where(t => t.Item2.Length > SurveyTitles.MaxLength).Select(t => t.Item1);

    /// <summary>
    /// The definition of <paramref name="version"/> (a version as the service sent it, so nothing this application does not
    /// know is lost) with these languages and titles; the English title falls back to the German one, an empty title keeps
    /// the draft's. The template's texts in the languages left out stay unused, as the service allows, so a language added
    /// back later needs no translation.
    /// </summary>
    public JsonObject AppliedTo(JsonObject version)
    {
        var definition = version["definition"]!.AsObject().DeepClone().AsObject();
        definition["languages"] = new JsonArray([.. Languages.Select(l => JsonValue.Create(l))]);
        var title = definition["title"]!.AsObject();
        if (TitleDe.Length > 0) title["de"] = TitleDe;
        if (TitleEn.Length > 0 || TitleDe.Length > 0) title["en"] = TitleEn.Length > 0 ? TitleEn : TitleDe;
        return definition;
    }

    /// <summary>The form's field for a key of the service's refusal: <c>title.en</c> → <c>title-en</c>; the German title otherwise.</summary>
    public static string FieldIdOf(string key) => key switch
    {
        "title.en" => "title-en",
        "languages" => "languages",
        _ => "title-de",
    };
}
