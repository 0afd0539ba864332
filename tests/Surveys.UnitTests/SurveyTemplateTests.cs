using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.UnitTests;

public class SurveyTemplateTests
{
    private static readonly Responsible Responsible = new("Stadt Nürnberg", "Amt für Sozialplanung", "Rathausplatz 2, 90403 Nürnberg", "sozialplanung@stadt.example");

    /// <summary>Every text a respondent reads: title, consent, each question and each choice.</summary>
    private static IEnumerable<(string Where, Dictionary<string, string> Texts)> Texts(SurveyDefinition d) =>
        new[] { ("title", d.Title), ("consent", d.Consent.Text) }
            .Concat(d.Questions.Select(q => ($"questions.{q.Id}", q.Text)))
            .Concat(d.Questions.SelectMany(q => (q.Choices ?? []).Select(c => ($"questions.{q.Id}.{c.Value}", c.Text))));

    [Fact]
    public void A_new_survey_is_offered_in_seven_languages_German_first_with_every_text_translated()
    {
        var definition = SurveyTemplate.Create(responsible: Responsible);

        Assert.Equal(["de", "en", "tr", "ar", "uk", "pl", "ru"], definition.Languages);
        Assert.True(DefinitionRules.Validate(definition).IsValid, string.Join("; ", DefinitionRules.Validate(definition).Errors.Keys));
        foreach (var (where, texts) in Texts(definition))
        {
            Assert.Equal(definition.Languages.Order(), texts.Keys.Order());
            // A translation, not the German text copied (the short choices "Both"/"Other" differ too).
            foreach (var language in definition.Languages.Skip(1))
                Assert.True(texts[language] != texts["de"], $"{where}.{language} is the German text");
        }
    }

    /// <summary>Holiday care (issue 18): the needs question asks for the weeks and the hours in the school holidays.</summary>
    [Theory]
    [InlineData("de", "Schulferien (Ferienbetreuung): in welchen Wochen der Ferien und zu welchen Uhrzeiten")]
    [InlineData("en", "school holidays (holiday care): in which weeks of the holidays and at what times")]
    [InlineData("tr", "Okul tatillerinde bakım")]
    [InlineData("ar", "العطل المدرسية")]
    [InlineData("uk", "шкільних канікул")]
    [InlineData("pl", "ferii szkolnych")]
    [InlineData("ru", "школьных каникул")]
    public void The_needs_question_asks_for_holiday_care_in_each_language(string language, string asked) =>
        Assert.Contains(asked, SurveyTemplate.Create().Questions.Single(q => q.Id == "needs").Text[language]);

    [Theory]
    [InlineData("de", "Art. 9 Abs. 2 Buchst. a DSGVO")]
    [InlineData("en", "Art. 9(2)(a) GDPR")]
    [InlineData("tr", "GDPR Madde 9 fıkra 2 bent a")]
    [InlineData("ar", "المادة 9، الفقرة 2، البند أ")]
    [InlineData("uk", "ст. 9(2)(a)")]
    [InlineData("pl", "art. 9 ust. 2 lit. a RODO")]
    [InlineData("ru", "ст. 9(2)(a)")]
    public void The_consent_is_explicit_for_care_need_data_and_names_its_legal_basis_in_each_language(string language, string basis)
    {
        var consent = SurveyTemplate.Create().Consent;

        Assert.Equal("2026-2", consent.Version);
        Assert.Contains(basis, consent.Text[language]);
    }

    [Fact]
    public void The_German_consent_states_purpose_voluntariness_and_withdrawal_with_the_receipt_code_without_reasons()
    {
        var german = SurveyTemplate.Create().Consent.Text["de"];

        Assert.Contains("Kinderbetreuung und die Pflege", german);
        Assert.Contains("freiwillig", german);
        Assert.Contains("jederzeit ohne Angabe von Gründen widerrufen", german);
        Assert.Contains("Quittungscode", german);
        Assert.Contains("Ich willige ausdrücklich ein", german);
    }
}
