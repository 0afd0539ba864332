using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.WhatIf;

/// <summary>
/// A hypothetical change to the offer: a new offer (no <see cref="OfferId"/>), or an existing one
/// changed in the fields given (null keeps the field) or withdrawn.
/// </summary>
public sealed record OfferEdit(
    Guid? OfferId, string? Category = null, string? AreaCode = null, double? Latitude = null, double? Longitude = null, int? FreePlaces = null,
    IReadOnlyList<SlotRange>? Open = null, bool? TakesShortTerm = null, IReadOnlyList<string>? Languages = null, bool Withdraw = false)
{
    public IEnumerable<OfferInput> ApplyTo(IEnumerable<OfferInput> offers)
    {
        if (OfferId is not { } id)
            return offers.Append(new OfferInput(Guid.NewGuid(), Category!, AreaCode!, Latitude!.Value, Longitude!.Value, FreePlaces ?? 0,
                Open ?? [], TakesShortTerm ?? false, Languages ?? []));
        return offers.Where(o => !(Withdraw && o.OfferId == id)).Select(o => o.OfferId != id ? o : o with
        {
            Category = Category ?? o.Category,
            AreaCode = AreaCode ?? o.AreaCode,
            Latitude = Latitude ?? o.Latitude,
            Longitude = Longitude ?? o.Longitude,
            // Free places supposed in a scenario are known ones.
            FreePlaces = FreePlaces ?? o.FreePlaces,
            UnknownPlaces = FreePlaces is null ? o.UnknownPlaces : 0,
            Open = Open ?? o.Open,
            TakesShortTerm = TakesShortTerm ?? o.TakesShortTerm,
            Languages = Languages ?? o.Languages,
        });
    }
}
