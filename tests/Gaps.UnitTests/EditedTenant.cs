using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>
/// A tenant's input with the edits an <see cref="IncrementalComparison"/> receives applied the way
/// it documents them (a replaced item keeps its place, a new one comes last), for a full recompute
/// to compare with.
/// </summary>
internal sealed class EditedTenant(TenantInput input)
{
    private readonly List<OfferInput> _offers = [.. input.Offers];
    private readonly List<NeedInput> _needs = [.. input.Needs];

    public TenantInput Input => input with { Offers = [.. _offers], Needs = [.. _needs] };

    public IReadOnlyList<OfferInput> Offers => _offers;

    public IReadOnlyList<NeedInput> Needs => _needs;

    public void SetOffer(OfferInput offer)
    {
        var at = _offers.FindIndex(o => o.OfferId == offer.OfferId);
        if (at < 0) _offers.Add(offer);
        else _offers[at] = offer;
    }

    public void WithdrawOffer(Guid offerId) => _offers.RemoveAll(o => o.OfferId == offerId);

    /// <summary>Per category, the answer's first items take the places of its previous ones; more come last, fewer leave the rest out.</summary>
    public void SetAnswer(Guid responseId, IReadOnlyList<NeedInput> items)
    {
        var categories = _needs.Where(n => n.ResponseId == responseId).Select(n => n.Category).Concat(items.Select(n => n.Category)).Distinct().ToList();
        foreach (var category in categories)
        {
            var places = Enumerable.Range(0, _needs.Count).Where(i => _needs[i].ResponseId == responseId && _needs[i].Category == category).ToList();
            var now = items.Where(n => n.Category == category).ToList();
            for (var k = 0; k < Math.Min(places.Count, now.Count); k++) _needs[places[k]] = now[k];
            foreach (var i in places.Skip(now.Count).Reverse()) _needs.RemoveAt(i);
            _needs.AddRange(now.Skip(places.Count));
        }
    }
}
