using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.WhatIf;

namespace GutAusgestattet.PlannerWeb.Agreements;

/// <summary>The agreed terms as the what-if of the gaps service takes them: the offer as it would be, or the new offer where it would open.</summary>
public static class AgreementEffect
{
    /// <param name="week">The agreed hours as Inventory reads them; null when the terms keep the offer's hours.</param>
    public static WhatIfChange Change(CooperationTerms terms, Offer? extended, Facility? facility, OpeningHoursWeek? week)
    {
        var subject = new WhatIfSubject(extended, facility);
        var places = (extended?.State.Places ?? 0) + terms.AddedPlaces;
        return subject.Change(terms.Category, places, week?.Intervals ?? subject.Today);
    }

    /// <summary>How many of the gaps the agreement is meant for it would close.</summary>
    public static int Closing(WhatIfResult result, IReadOnlyCollection<string> addressed) =>
        result.Gaps.Count(g => addressed.Contains(g.Key) && g.Outcome == "closes");
}
