namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// Says in the log, once per <c>Surveys:AnswerRateInterval</c> (a minute), how many answers each survey received, and
/// warns when a survey received <c>Surveys:AnswerFloodPerMinute</c> (600) or more per minute: an operator who watches
/// the logs, not the metrics, sees a flood too and can tell the municipality which survey it hits.
/// </summary>
public sealed class AnswerRateLog(AnswerMetrics metrics, IConfiguration configuration, TimeProvider clock, ILogger<AnswerRateLog> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Surveys:AnswerRateInterval", TimeSpan.FromMinutes(1));
        var flood = configuration.GetValue("Surveys:AnswerFloodPerMinute", 600);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            foreach (var ((tenant, survey), count) in metrics.TakeTally())
            {
                var perMinute = count / interval.TotalMinutes;
                if (perMinute >= flood)
                    logger.LogWarning("Answer flood: survey {SurveyId} of municipality {TenantId} received {Count} answers in {Interval}, "
                        + "{PerMinute:F0} per minute (warned from {FloodPerMinute}); an invitation-only survey or lower rate limits stop a leaked link",
                        survey, tenant, count, interval, perMinute, flood);
                else
                    logger.LogInformation("Survey {SurveyId} of municipality {TenantId} received {Count} answers in {Interval}",
                        survey, tenant, count, interval);
            }
    }
}
