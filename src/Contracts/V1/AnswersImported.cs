namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// An import of answers (one LimeSurvey file) was stored. Its <paramref name="Events"/> answers' <see cref="NeedsReported"/>
/// carry its <paramref name="ImportId"/>, published before this one (together, in <see cref="NeedsImported"/>) but possibly
/// consumed after it: the gap service waits until it has all of them, so that one import is one change (as
/// <see cref="OffersImported"/> for offers).
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="ImportId">The id the import's <see cref="NeedsReported"/> events carry.</param>
/// <param name="Events">How many answers' <see cref="NeedsReported"/> carry <paramref name="ImportId"/>.</param>
[InternalEvent]
public sealed record AnswersImported(string TenantId, Guid ImportId, int Events) : ITenantEvent;
