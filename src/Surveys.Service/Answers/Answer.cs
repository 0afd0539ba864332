using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// One respondent's answer to one survey version, with the consent text they were shown. The raw
/// answers (<see cref="Payload"/>) stay here and are deleted after the survey's retention period;
/// the stratum (area, household type) stays as long as the published demand, since the weights of
/// the other answers rest on it. Withdrawal deletes the row.
/// </summary>
public sealed class Answer : ITenantOwned
{
    /// <summary>The response id the demand items are published under.</summary>
    public Guid Id { get; init; }

    public required string TenantId { get; init; }

    public Guid SurveyId { get; init; }

    public int SurveyVersion { get; init; }

    /// <summary>The area the household lives in: with <see cref="HouseholdType"/> the post-stratification stratum.</summary>
    public required string AreaCode { get; init; }

    public required string HouseholdType { get; init; }

    public required string Language { get; init; }

    public required string ConsentVersion { get; init; }

    /// <summary>The language the consent text was shown in (the answer's language).</summary>
    public required string ConsentLanguage { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The client's idempotency key: the same key for the same survey is the same submission.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>
    /// SHA-256 of the request body, so a reused key with other answers is refused rather than ignored. Deleted with the raw
    /// answers: anyone guessing them could otherwise confirm the guess against it.
    /// </summary>
    public string? RequestHash { get; set; }

    /// <summary>SHA-256 of the receipt code; the code itself is derived, never stored.</summary>
    public required string ReceiptHash { get; init; }

    /// <summary>The raw answers; null once the retention period deleted them.</summary>
    public AnswerRequest? Payload { get; set; }

    public DateTimeOffset? RawDeletedAt { get; set; }
}
