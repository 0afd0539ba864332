using GutAusgestattet.Partners.Contacts;
using GutAusgestattet.Partners.Registry;

namespace GutAusgestattet.Partners.UnitTests;

public sealed class ValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("Q", "Q")]
    [InlineData("q", "Q")]
    [InlineData("88", "Q")]
    [InlineData("88.91", "Q")]
    [InlineData("88.91.0", "Q")]
    [InlineData("01", "A")]
    [InlineData("99", "U")]
    [InlineData("47", "G")]
    public void Sections_and_divisions_of_WZ_2008_are_known(string code, string section) => Assert.Equal(section, WzCodes.SectionOf(code));

    [Theory]
    [InlineData("V")]
    [InlineData("04")]
    [InlineData("89")]
    [InlineData("00")]
    [InlineData("8")]
    [InlineData("88.9.1")]
    [InlineData("")]
    public void Codes_WZ_2008_does_not_have_are_refused(string code) => Assert.False(WzCodes.IsValid(code));

    [Fact]
    public void Every_division_belongs_to_one_section_and_there_are_88()
    {
        var divisions = Enumerable.Range(1, 99).Where(d => WzCodes.DivisionOf(d.ToString("00")) is not null).ToList();
        Assert.Equal(88, divisions.Count);
        Assert.All(divisions, d => Assert.Single(WzCodes.Sections, s => d >= s.Value.First && d <= s.Value.Last));
    }

    [Fact]
    public void A_bad_partner_names_each_field_and_gives_no_input()
    {
        var (validation, input) = new PartnerRequest("Müller GmbH", Sector: "ZZ", TradeRegisterNumber: "12345",
            Sites: [new SiteRequest(Address: "Hauptstraße 1", PostalCode: "9040", Latitude: 91, Longitude: 11, Employees: 10, Incomings: 8, Outgoings: 5)]).Validate();
        Assert.Null(input);
        Assert.Equal(["sector", "sites[0].latitude", "sites[0].postalCode", "tradeRegisterNumber"], validation.Errors.Keys.Order());
    }

    [Fact]
    public void Incomings_and_outgoings_are_among_the_employees()
    {
        var (validation, _) = new PartnerRequest("A", Sector: "C",
            Sites: [new SiteRequest(Address: "Weg 1", PostalCode: "90402", Latitude: 49, Longitude: 11, Employees: 10, Incomings: 8, Outgoings: 5)]).Validate();
        Assert.Equal(["sites[0].outgoings"], validation.Errors.Keys);
    }

    [Fact]
    public void A_good_partner_is_normalised()
    {
        var (validation, input) = new PartnerRequest("  Müller   GmbH ", Sector: "88", TradeRegisterNumber: "HRB  12345",
            Sites: [new SiteRequest(Address: "Hauptstraße  1", PostalCode: "90402", Latitude: 49.123456789, Longitude: 11, Employees: 10)]).Validate();
        Assert.True(validation.IsValid);
        Assert.Equal(("Müller GmbH", "HRB 12345", "hr:HRB 12345", 49.1234568), (input!.Name, input.TradeRegisterNumber, input.Key, input.Sites[0].Latitude));
        Assert.Equal("name:müller gmbh", PartnerKey.Of(null, " Müller  GmbH"));
    }

    [Theory]
    [InlineData("anna.schmidt@example.de", true)]
    [InlineData("anna@localhost", false)]
    [InlineData("Anna <anna@example.de>", false)]
    [InlineData("no-at-sign.example.de", false)]
    public void E_mail_addresses_are_plain_addresses(string email, bool valid) => Assert.Equal(valid, ContactRequest.IsEmail(email));

    [Fact]
    public void Consent_needs_its_date_and_an_invalid_email_is_named()
    {
        var validation = new ContactRequest("Anna Schmidt", Email: "anna@", LegalBasis: LegalBasis.Consent).Validate(Today);
        Assert.Equal(["basisDate", "email"], validation.Errors.Keys.Order());
        Assert.True(new ContactRequest("Anna Schmidt", LegalBasis: LegalBasis.LegitimateInterest).Validate(Today).IsValid);
    }
}
