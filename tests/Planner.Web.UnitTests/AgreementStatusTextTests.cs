using System.Globalization;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Agreements;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>An agreement's state in words: in force, ended, or rejected by the inventory with Inventory's reason said the planner's way.</summary>
public sealed class AgreementStatusTextTests
{
    private static readonly IStringLocalizer<Texts> T =
        new StringLocalizer<Texts>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly Guid OfferId = Guid.Parse("0196a0e0-0000-7000-8000-000000000001");

    private static AgreementSummary Agreement(string status, DateOnly? endedOn = null, TermsRejection? rejection = null) =>
        new(Guid.NewGuid(), "extendedHours", status, [Guid.NewGuid()], ["kita:mitte:time"],
            new CooperationTerms(OfferId, null, "kita", null, 2, null, null, new DateOnly(2027, 8, 1), null, null), endedOn, Rejection: rejection);

    [Fact]
    public void A_rejection_names_the_inventory_and_its_reason_in_German_and_English()
    {
        var withdrawn = Agreement("rejected", rejection: new TermsRejection(TermsRejectionReasons.OfferWithdrawn, $"Offer {OfferId} has been withdrawn.", OfferId));
        var invalid = Agreement("rejected", rejection: new TermsRejection(TermsRejectionReasons.InvalidTerms, "places: Places must lie between 0 and 10000.", OfferId));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        Assert.Equal("von der Bestandsplanung abgelehnt: Das Angebot, das sie erweitern sollte, ist inzwischen zurückgenommen.", AgreementStatusText.Of(withdrawn, T));
        Assert.Equal("von der Bestandsplanung abgelehnt: Die Bedingungen passen nicht zum Angebot oder zur Einrichtung (places: Places must lie between 0 and 10000.).",
            AgreementStatusText.Of(invalid, T));
        Assert.Equal("beendet am 03.02.2027", AgreementStatusText.Of(Agreement("ended", new DateOnly(2027, 2, 3)), T));
        Assert.Equal("gilt", AgreementStatusText.Of(Agreement("active"), T));

        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Assert.Equal("rejected by the inventory: The offer it was to extend has been withdrawn meanwhile.", AgreementStatusText.Of(withdrawn, T));
    }
}
