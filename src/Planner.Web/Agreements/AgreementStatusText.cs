using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.Extensions.Localization;

namespace GutAusgestattet.PlannerWeb.Agreements;

/// <summary>
/// An agreement's state in the planner's words, on its page and in a partner's list alike: in force, ended on a day, or rejected by
/// the inventory with the reason. Inventory's own detail is English, so it shows only where the reason needs it (which rule failed).
/// </summary>
public static class AgreementStatusText
{
    public static string Of(AgreementSummary agreement, IStringLocalizer<Texts> texts) => agreement switch
    {
        { Status: "rejected" } => texts["Agreement_Rejected", Reason(agreement.Rejection, texts)],
        { EndedOn: { } ended } => texts["Agreement_EndedOn", Formats.Date(ended)],
        _ => texts["Agreement_Active"],
    };

    public static string Reason(TermsRejection? rejection, IStringLocalizer<Texts> texts) => rejection?.Reason switch
    {
        TermsRejectionReasons.OfferWithdrawn => texts["Agreement_RejectedOfferWithdrawn"],
        TermsRejectionReasons.OfferUnknown => texts["Agreement_RejectedOfferUnknown"],
        _ => texts["Agreement_RejectedTerms", rejection?.Detail ?? "–"],
    };
}
