using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// <c>surveys.answers.received</c>: answers households submitted through the public endpoint, by municipality and
/// survey. Its rate (answers per minute per survey) shows a flood at once — a leaked link, a script — so that the
/// municipality can react (rate limits, invitation codes) before it distorts the figures. The same answers are
/// tallied for <see cref="AnswerRateLog"/>, which says them in the logs for whoever watches those instead.
/// </summary>
public sealed class AnswerMetrics
{
    public const string MeterName = "GutAusgestattet.Surveys";

    private readonly Counter<long> _received;
    private ConcurrentDictionary<(string Tenant, Guid Survey), int> _tally = new();

    public AnswerMetrics(IMeterFactory meters) =>
        _received = meters.Create(MeterName).CreateCounter<long>("surveys.answers.received", "{answer}", "Answers submitted through the public endpoint, by tenant and survey");

    public void Received(string tenantId, Guid surveyId)
    {
        _received.Add(1, new KeyValuePair<string, object?>("tenant", tenantId), new KeyValuePair<string, object?>("survey", surveyId.ToString()));
        _tally.AddOrUpdate((tenantId, surveyId), 1, (_, count) => count + 1);
    }

    /// <summary>
    /// The answers per survey since the last call. An answer counted in the instant of the swap may land in the
    /// tally just taken and be missed: the log shows the order of magnitude of a flood, the counter is exact.
    /// </summary>
    public IReadOnlyDictionary<(string Tenant, Guid Survey), int> TakeTally() => Interlocked.Exchange(ref _tally, new());
}
