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
        if (extended is not null)
        {
            var places = extended.State.Places + terms.AddedPlaces;
            return new WhatIfChange(extended.Id, places - Math.Min(extended.State.OccupiedPlaces, places), OfferHours.ForGaps(week?.Intervals ?? extended.State.OpenIntervals));
        }
        var at = facility ?? throw new ArgumentException("The terms name neither an offer nor a facility.", nameof(facility));
        return new WhatIfChange(null, terms.AddedPlaces, OfferHours.ForGaps(week?.Intervals ?? []), terms.Category, at.AreaCode, at.Latitude, at.Longitude);
    }

    /// <summary>How many of the gaps the agreement is meant for it would close.</summary>
    public static int Closing(WhatIfResult result, IReadOnlyCollection<string> addressed) =>
        result.Gaps.Count(g => addressed.Contains(g.Key) && g.Outcome == "closes");
}
