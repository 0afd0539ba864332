using System.Diagnostics.Metrics;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// <c>surveys.answers.received</c>: answers households submitted through the public endpoint, by municipality and
/// survey. Its rate (answers per minute per survey) shows a flood at once — a leaked link, a script — so that the
/// municipality can react (rate limits, invitation codes) before it distorts the figures.
/// </summary>
public sealed class AnswerMetrics
{
    public const string MeterName = "GutAusgestattet.Surveys";

    private readonly Counter<long> _received;

    public AnswerMetrics(IMeterFactory meters) =>
        _received = meters.Create(MeterName).CreateCounter<long>("surveys.answers.received", "{answer}", "Answers submitted through the public endpoint, by tenant and survey");

    public void Received(string tenantId, Guid surveyId) =>
        _received.Add(1, new KeyValuePair<string, object?>("tenant", tenantId), new KeyValuePair<string, object?>("survey", surveyId.ToString()));
}
