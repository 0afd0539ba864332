namespace GutAusgestattet.Contracts.V1;

/// <summary>The reasons <see cref="AgreementTermsRejected.Reason"/> takes.</summary>
public static class TermsRejectionReasons
{
    /// <summary>The offer the terms extend was withdrawn before they arrived.</summary>
    public const string OfferWithdrawn = "offer-withdrawn";

    /// <summary>No offer of the tenant has the id the terms name.</summary>
    public const string OfferUnknown = "offer-unknown";

    /// <summary>
    /// The offer or facility cannot take the terms: an unknown facility or category, opening hours the inventory cannot read,
    /// more places than an offer may have, or an offer still planned (a change can be planned once it is open).
    /// </summary>
    public const string InvalidTerms = "invalid-terms";
}
