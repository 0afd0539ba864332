using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Apis;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>One submission as the respondent saw it: when it was sent and answered (Stopwatch ticks), and how.</summary>
/// <param name="Outcome">The status code, or the exception's type when no answer came.</param>
/// <param name="Stored">The answer of a 201, for checking what the other services received.</param>
public sealed record Sample(long SentAt, long AnsweredAt, string Outcome, AnswerRequest? Stored)
{
    public const string Created = "201";

    public double Milliseconds => Stopwatch.GetElapsedTime(SentAt, AnsweredAt).TotalMilliseconds;
}

/// <summary>
/// Virtual respondents that submit answers to one survey, each as soon as its previous answer
/// returned (a closed loop without think time): the rate is then what the platform sustains at this
/// concurrency, and the latency what each respondent waits at that rate.
/// </summary>
public sealed class LoadRun(Uri surveys, Guid survey, IReadOnlyList<string> areas)
{
    private int _budget;

    /// <summary>
    /// Runs until <paramref name="stopAt"/> (a Stopwatch timestamp) or <paramref name="maxAnswers"/> were sent;
    /// requests in flight then are finished and recorded.
    /// </summary>
    public async Task<List<Sample>> RunAsync(int respondents, long stopAt, int maxAnswers = int.MaxValue)
    {
        _budget = maxAnswers;
        // One connection per respondent, kept open: a browser's answer goes over a warm connection too.
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = respondents };
        using var client = new HttpClient(handler) { BaseAddress = surveys, Timeout = TimeSpan.FromSeconds(30) };
        var runs = Enumerable.Range(0, respondents).Select(i => Task.Run(() => RespondAsync(client, new Answers(areas, seed: i), stopAt)));
        return [.. (await Task.WhenAll(runs)).SelectMany(samples => samples)];
    }

    private async Task<List<Sample>> RespondAsync(HttpClient client, Answers answers, long stopAt)
    {
        var samples = new List<Sample>();
        while (Stopwatch.GetTimestamp() < stopAt && Interlocked.Decrement(ref _budget) >= 0)
        {
            var answer = answers.Next();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{survey}/responses")
            {
                Content = JsonContent.Create(answer, options: Json.Options),
            };
            // A fresh key per submission: each one is a new answer, not a retry.
            request.Headers.Add(PublicSurveysApi.IdempotencyHeader, Guid.NewGuid().ToString("N"));
            var sentAt = Stopwatch.GetTimestamp();
            try
            {
                // The default completion option reads the whole body: the respondent has the receipt only then.
                using var response = await client.SendAsync(request);
                var status = response.StatusCode;
                samples.Add(new Sample(sentAt, Stopwatch.GetTimestamp(), ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    status == HttpStatusCode.Created ? answer : null));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                samples.Add(new Sample(sentAt, Stopwatch.GetTimestamp(), e.GetType().Name, null));
            }
        }
        return samples;
    }
}
