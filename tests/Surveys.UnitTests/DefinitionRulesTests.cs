using GutAusgestattet.Surveys.Surveys;

namespace GutAusgestattet.Surveys.UnitTests;

public class DefinitionRulesTests
{
    private static readonly Responsible Valid = new("Stadt Nürnberg", "Amt für Sozialplanung", "Rathausplatz 2, 90403 Nürnberg",
        "sozialplanung@stadt.example", "+49 911 231-0", "datenschutz@stadt.example");

    private static IEnumerable<string> Keys(Responsible? responsible) =>
        DefinitionRules.Validate(SurveyTemplate.Create(responsible: responsible)).Errors.Keys;

    [Fact]
    public void A_complete_responsible_body_is_valid_and_so_is_none_until_publishing() =>
        Assert.All(new[] { Valid, Valid with { Phone = null, DataProtectionOfficer = null }, null }, r => Assert.Empty(Keys(r)));

    /// <summary>Each case breaks one rule of a valid responsible body; the key is the one field the rule must name.</summary>
    private static readonly Dictionary<string, (Responsible Responsible, string Key)> Cases = new()
    {
        ["municipality empty"] = (Valid with { Municipality = "" }, "responsible.municipality"),
        ["office blank"] = (Valid with { Office = "   " }, "responsible.office"),
        ["address longer than 300"] = (Valid with { Address = new string('x', 301) }, "responsible.address"),
        ["email empty"] = (Valid with { Email = "" }, "responsible.email"),
        ["email without @"] = (Valid with { Email = "sozialplanung.stadt.example" }, "responsible.email"),
        ["email without a dot in the domain"] = (Valid with { Email = "sozialplanung@stadt" }, "responsible.email"),
        ["email with two @"] = (Valid with { Email = "a@b@stadt.example" }, "responsible.email"),
        ["email with a space"] = (Valid with { Email = "sozial planung@stadt.example" }, "responsible.email"),
        ["email ending in a dot"] = (Valid with { Email = "sozialplanung@stadt." }, "responsible.email"),
        ["phone empty"] = (Valid with { Phone = "" }, "responsible.phone"),
        ["data protection officer longer than 300"] = (Valid with { DataProtectionOfficer = new string('x', 301) }, "responsible.dataProtectionOfficer"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_responsible_body_breaking_one_rule_is_refused_naming_exactly_that_field(string rule) =>
        Assert.Equal([Cases[rule].Key], Keys(Cases[rule].Responsible));

    [Fact]
    public void A_title_with_contact_details_is_refused_as_SurveyPublished_passes_it_on()
    {
        var definition = SurveyTemplate.Create(responsible: Valid);
        definition.Title["de"] = "Betreuungsbedarf 2027 – Fragen an 0911 231-4567";

        Assert.Equal(["title.de"], DefinitionRules.Validate(definition).Errors.Keys);
    }
}
