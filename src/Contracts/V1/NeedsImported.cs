namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// Part of an import of answers (a LimeSurvey file) was stored: up to <see cref="MostAnswers"/> answers' <see cref="NeedsReported"/>,
/// each carrying the import's id, delivered together. An import of 20,000 answers is 80 messages instead of 20,000 — through
/// the outbox, the broker and the gap service's inbox — and <see cref="AnswersImported"/> still counts the answers.
/// </summary>
/// <param name="TenantId">The tenant's 8-digit AGS.</param>
/// <param name="ImportId">The import; every one of <paramref name="Answers"/> carries it too.</param>
/// <param name="Answers">The answers, as each would be reported on its own.</param>
[InternalEvent]
public sealed record NeedsImported(string TenantId, Guid ImportId, IReadOnlyList<NeedsReported> Answers) : ITenantEvent
{
    /// <summary>Answers per message: ≈ 400 KB of JSON, far below the broker's limit, and one unit of work in the gap service.</summary>
    public const int MostAnswers = 250;
}
