using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Partners.Agreements;

/// <summary>Why the inventory rejected an agreement's terms, as <see cref="AgreementTermsRejected"/> said it.</summary>
/// <param name="Reason">One of <see cref="TermsRejectionReasons"/>.</param>
/// <param name="Detail">The same in words.</param>
/// <param name="OfferId">The offer the terms name; null for a new offer.</param>
public sealed record TermsRejection(string Reason, string Detail, Guid? OfferId);
