namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// Places of an offer reserved for the staff of partners (Belegplätze): they serve only people who work for one of these partners,
/// never the public. Counted within the offer's <see cref="OfferState.Places"/>.
/// </summary>
/// <param name="AgreementId">The agreement that reserved them (<see cref="CooperationAgreed"/>).</param>
/// <param name="PartnerIds">The partners whose staff the places are for.</param>
/// <param name="Places">How many of the offer's places are reserved.</param>
public sealed record ReservedPlaces(Guid AgreementId, IReadOnlyList<Guid> PartnerIds, int Places)
{
    /// <summary>The <see cref="CooperationAgreed.Kind"/> of an agreement that reserves places.</summary>
    public const string Kind = "reservedPlaces";
}
