using System.Security.Cryptography;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Surveys;
using GutAusgestattet.Surveys.Weighting;
using MassTransit;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// The one way answers enter the service, whether submitted or imported: the rows, their strata's
/// place in the reweigh queue and their NeedsReported are committed together or not at all.
/// </summary>
public sealed class AnswerIntake(SurveysDbContext db, StratumWeights weights, IPublishEndpoint events, ReceiptCodes receipts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<Answer> _added = [];

    /// <summary>What identifies a submission's content, so a reused idempotency key with other answers is recognised.</summary>
    public static string HashOf(AnswerRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, Json)));

    /// <summary>Adds a valid answer to the unit of work; <see cref="SaveAsync"/> stores and announces it.</summary>
    public Answer Add(SurveyVersion version, AnswerRequest request, string idempotencyKey, DateTimeOffset receivedAt)
    {
        var id = Guid.CreateVersion7();
        var answer = new Answer
        {
            Id = id,
            TenantId = version.TenantId,
            SurveyId = version.SurveyId,
            SurveyVersion = version.Version,
            AreaCode = request.AreaCode!,
            HouseholdType = request.HouseholdType!,
            Language = request.Language!,
            ConsentVersion = request.ConsentVersion!,
            ConsentLanguage = request.Language!,
            ReceivedAt = receivedAt,
            IdempotencyKey = idempotencyKey,
            RequestHash = HashOf(request),
            ReceiptHash = ReceiptCodes.Hash(receipts.For(id)),
            Payload = request,
        };
        db.Answers.Add(answer);
        _added.Add(answer);
        return answer;
    }

    /// <summary>
    /// Saves the added answers (and whatever else the unit of work holds), queues their strata for
    /// reweighing and publishes one NeedsReported per answer carrying its stratum's last published weight
    /// (<see cref="StratumWeights.PublishedAsync"/>; an import's together, in <see cref="NeedsImported"/>). Call it inside
    /// <see cref="GutAusgestattet.Persistence.Transactions.InTransactionAsync{T}"/>: the answers and
    /// their queued strata commit together, so every committed answer is counted by a reweigh.
    /// </summary>
    /// <param name="asImport">
    /// The answers are one import: their events carry its id and end with <see cref="AnswersImported"/>, so the gaps take
    /// them as one change.
    /// </param>
    public async Task SaveAsync(CancellationToken ct, bool asImport = false)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            Guid? import = asImport && _added.Count > 0 ? Guid.CreateVersion7() : null;
            var reported = new List<NeedsReported>(_added.Count);
            foreach (var survey in _added.GroupBy(a => a.SurveyId))
            {
                var answered = survey.Select(a => new Stratum(a.AreaCode, a.HouseholdType)).Distinct().ToList();
                var strata = await weights.PublishedAsync(survey.Key, answered, ct);
                weights.Queue(survey.Key, answered);
                foreach (var answer in survey)
                {
                    var weight = strata[new Stratum(answer.AreaCode, answer.HouseholdType)];
                    reported.Add(new NeedsReported(answer.TenantId, answer.Id, answer.SurveyId, answer.SurveyVersion,
                        AnswerRules.ToDemand(answer.Payload!, weight), weight.Revision, import));
                }
            }
            if (import is { } id)
            {
                foreach (var part in reported.Chunk(NeedsImported.MostAnswers))
                    await events.Publish(new NeedsImported(part[0].TenantId, id, part), ct);
                await events.Publish(new AnswersImported(_added[0].TenantId, id, _added.Count), ct);
            }
            else
                foreach (var answer in reported) await events.Publish(answer, ct);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            _added.Clear();
        }
    }
}
