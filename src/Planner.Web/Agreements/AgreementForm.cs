using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Partners;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.Agreements;

/// <summary>
/// The agreement form as typed: every field as text, so a refused save shows what the planner wrote. What changes in the
/// offer is one choice — an offer to extend (<c>offer:{id}</c>) or a facility for a new offer (<c>facility:{id}</c>) —
/// since Partners takes exactly one of the two.
/// </summary>
public sealed record AgreementForm(
    string Kind, IReadOnlyList<string> Partners, IReadOnlyList<string> Gaps, string Change, string Category, string Name, string AddedPlaces,
    string OpeningHours, string From, string Until, string Funding)
{
    /// <summary>The kinds of co-operation, as Partners names them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["reservedPlaces", "extendedHours", "companyChildcare", "holidayCare", "shuttle", "seniorCareSupport"];

    public static readonly AgreementForm Empty = new("", [], [], "", "", "", "0", "", "", "", "");

    /// <summary>What the outreach brings along: its partner and the gaps it was about, their care category.</summary>
    public static AgreementForm For(OutreachCase outreach) =>
        new("", [outreach.PartnerId.ToString()], outreach.GapKeys, "", outreach.GapKeys.Select(GapKeys.Parse).FirstOrDefault(g => g is not null)?.Category ?? "",
            "", "0", "", "", "", "");

    public static AgreementForm Read(IFormCollection form) =>
        new(form["kind"].ToString(), [.. form["partners"].Select(p => p ?? "")], [.. form["gaps"].Select(g => g ?? "")], form["change"].ToString(),
            form["category"].ToString(), form["name"].ToString(), form["addedPlaces"].ToString(), form["openingHours"].ToString(), form["from"].ToString(),
            form["until"].ToString(), form["funding"].ToString());

    public Guid? OfferId => Picked("offer:");

    public Guid? FacilityId => Picked("facility:");

    /// <summary>
    /// The terms, or the rules the typed text breaks before any service could read it. The category of an extended offer
    /// is the offer's own; a new offer needs hours, since Inventory cannot plan an offer that is never open.
    /// </summary>
    public CooperationTerms? ToTerms(Offer? extended, out List<InputRule> rules)
    {
        rules = [];
        if (!Kinds.Contains(Kind)) rules.Add(new InputRule("kind", "Agreement_KindRule"));
        if (Partners.Count == 0) rules.Add(new InputRule("partners", "Agreement_PartnersRule"));
        if (Gaps.Count == 0) rules.Add(new InputRule("gaps", "Agreement_GapsRule"));
        if (OfferId is null && FacilityId is null) rules.Add(new InputRule("change", "Agreement_ChangeRule"));
        var category = extended?.State.Category ?? Category.Trim();
        if (FacilityId is not null && category.Length == 0) rules.Add(new InputRule("category", "Agreement_CategoryRule"));
        if (FacilityId is not null && OpeningHours.Trim().Length == 0) rules.Add(new InputRule("openingHours", "Agreement_NewOfferHoursRule"));
        var places = TypedInput.Whole(AddedPlaces.Trim().Length == 0 ? "0" : AddedPlaces);
        if (places is null or < 0) rules.Add(new InputRule("addedPlaces", "Offer_NumberRule"));
        var from = TypedInput.Day(From);
        if (from is null) rules.Add(new InputRule("from", "Agreement_FromRule"));
        var until = Until.Trim().Length == 0 ? null : TypedInput.Day(Until);
        if (Until.Trim().Length > 0 && (until is null || from is not null && until < from)) rules.Add(new InputRule("until", "Agreement_UntilRule"));
        return rules.Count > 0
            ? null
            : new CooperationTerms(OfferId, FacilityId, category, Optional(Name), places!.Value, Optional(OpeningHours), null, from!.Value, until, Optional(Funding));
    }

    /// <summary>The control a field of Partners' refusal belongs to (<c>gapKeys[0]</c> → the gaps, <c>terms.from</c> → the first day).</summary>
    public static string FieldIdOf(string field) => field switch
    {
        _ when field.StartsWith("partnerIds", StringComparison.Ordinal) => "partners",
        _ when field.StartsWith("gapKeys", StringComparison.Ordinal) => "gaps",
        "terms.offerId" or "terms.facilityId" => "change",
        "terms.category" => "category",
        "terms.name" => "name",
        "terms.addedPlaces" => "addedPlaces",
        "terms.openingHours" => "openingHours",
        "terms.from" or "terms" => "from",
        "terms.until" => "until",
        "terms.funding" => "funding",
        _ => "kind",
    };

    private Guid? Picked(string prefix) =>
        Change.StartsWith(prefix, StringComparison.Ordinal) && Guid.TryParse(Change[prefix.Length..], out var id) ? id : null;

    private static string? Optional(string text) => text.Trim().Length == 0 ? null : text.Trim();
}
