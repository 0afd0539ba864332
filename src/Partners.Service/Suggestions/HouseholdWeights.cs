using GutAusgestattet.Contracts;

namespace GutAusgestattet.Partners.Suggestions;

/// <summary>
/// Which multilocal employees a gap most likely concerns, since a gap does not say whose need it
/// is: Incomings bring their families after them and need childcare places, often mid-year, at
/// short notice or in another language (content, capacity, feature gaps in childcare); Outgoings
/// leave a household behind that needs care when they are away — off-peak childcare, care for
/// elderly parents, and any time gap. The other group counts half, since both live with these needs.
/// </summary>
public static class HouseholdWeights
{
    private static readonly HashSet<string> LeftBehind =
        [CareCategories.OffPeakCare, CareCategories.SeniorDayCare, CareCategories.ShortTermCare, CareCategories.NightCare, CareCategories.HomeCare, CareCategories.EverydaySupport];

    public static (double Incomings, double Outgoings) Of(string category, string kind) =>
        LeftBehind.Contains(category) ? (0.5, 1.0)
        : kind == "time" ? (1.0, 1.0)
        : (1.0, 0.5);
}
