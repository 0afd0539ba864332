using GutAusgestattet.Contracts.V1;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.WhatIf;

/// <summary>
/// What a what-if tries: an existing offer with other hours and places, or a new offer in a facility (one not yet
/// planned). Both are what Gaps' what-if takes; a new offer says what it is and where, as it has no id yet.
/// </summary>
public sealed record WhatIfSubject(Offer? Offer, Facility? Facility)
{
    /// <summary>How the what-if page's choice names a new offer in a facility: <c>new:{facility id}</c>.</summary>
    public const string NewPrefix = "new:";

    public static string NewAt(Facility facility) => $"{NewPrefix}{facility.Id}";

    /// <summary>The offer (its id) or the facility of a new one (<see cref="NewAt"/>) the choice names; null when it names neither.</summary>
    public static WhatIfSubject? Read(string choice, IEnumerable<Offer> offers, IEnumerable<Facility> facilities)
    {
        if (Guid.TryParse(choice, out var id)) return offers.FirstOrDefault(o => o.Id == id) is { } offer ? new WhatIfSubject(offer, null) : null;
        return choice.StartsWith(NewPrefix, StringComparison.Ordinal) && Guid.TryParse(choice[NewPrefix.Length..], out var at)
               && facilities.FirstOrDefault(f => f.Id == at) is { } facility
            ? new WhatIfSubject(null, facility)
            : null;
    }

    /// <summary>When it is open today: a new offer is not.</summary>
    public IReadOnlyList<WeeklyInterval> Today => Offer?.State.OpenIntervals ?? [];

    /// <summary>
    /// The change as Gaps compares it: the offer with <paramref name="places"/> in all (its occupied ones stay occupied; of
    /// an offer whose occupancy is unknown, none is supposed free — Gaps keeps its places as unknown), or a new offer of
    /// <paramref name="category"/> with all of them free, where the facility is.
    /// </summary>
    public WhatIfChange Change(string? category, int places, IEnumerable<WeeklyInterval> hours) => Offer is { } offer
        ? new WhatIfChange(offer.Id, offer.State.OccupancyKnown ? places - Math.Min(offer.State.OccupiedPlaces, places) : null, OfferHours.ForGaps(hours))
        : Facility is { } at
            ? new WhatIfChange(null, places, OfferHours.ForGaps(hours), category, at.AreaCode, at.Latitude, at.Longitude)
            : throw new InvalidOperationException("A what-if needs an offer or a facility.");
}
