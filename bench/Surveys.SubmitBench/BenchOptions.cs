using System.Globalization;

namespace GutAusgestattet.Surveys.SubmitBench;

/// <summary>What one run does; every value has a default, so the bare command is the recorded measurement.</summary>
public sealed record BenchOptions
{
    public int Concurrency { get; init; } = 16;

    /// <summary>Submissions before this are not measured: the services' JIT, pools and caches are still warming.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public int Areas { get; init; } = 8;

    /// <summary>At most this many submissions, warm-up included: a smoke run stays under the platform's public limit of answers per survey and minute.</summary>
    public int MaxAnswers { get; init; } = int.MaxValue;

    /// <summary>
    /// Instead of respondents, this many responses imported at once as one LimeSurvey export (<see cref="ImportRun"/>); 0 for the respondents' load.
    /// </summary>
    public int Import { get; init; }

    /// <summary>
    /// How long Gaps may take after the run to have counted every stored answer; zero skips that check.
    /// Gaps consumes slower than Surveys takes answers (bench/README.md), so it needs minutes after a full run.
    /// </summary>
    public TimeSpan GapsTimeout { get; init; } = TimeSpan.FromSeconds(300);

    public Uri Surveys { get; init; } = new("http://localhost:5101");

    public Uri Inventory { get; init; } = new("http://localhost:5102");

    public Uri Gaps { get; init; } = new("http://localhost:5103");

    /// <summary>The platform's broker and virtual host (bench/platform.sh exports it for the services); the raw publishes and the statistics use it.</summary>
    public Uri Messaging { get; init; } = new(Environment.GetEnvironmentVariable("ConnectionStrings__messaging") ?? "amqp://guest:guest@localhost:5672/submitbench");

    public Uri Management { get; init; } = new("http://localhost:15672");

    /// <summary>How long each raw publish measurement runs after the load; zero skips them.</summary>
    public TimeSpan Raw { get; init; } = TimeSpan.FromSeconds(5);

    public const string Usage =
        "usage: dotnet run -c Release --project bench/Surveys.SubmitBench -- [--concurrency 16] [--duration 30] [--warmup 5] [--areas 8] [--answers N] " +
        "[--gaps-timeout 300] [--raw 5] [--import N] [--surveys http://localhost:5101] [--inventory http://localhost:5102] [--gaps http://localhost:5103]\n" +
        "  [--messaging amqp://guest:guest@localhost:5672/submitbench] [--management http://localhost:15672]\n" +
        "  durations in seconds; the signing key is Jwt__SigningKey, else the AppHost's development key.";

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        if (args.Count % 2 != 0) throw new ArgumentException($"option {args[^1]} has no value");
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(NonNegative(args[i], value)) },
                "--areas" => options with { Areas = Positive(args[i], value) },
                "--answers" => options with { MaxAnswers = Positive(args[i], value) },
                "--import" => options with { Import = Positive(args[i], value) },
                "--gaps-timeout" => options with { GapsTimeout = TimeSpan.FromSeconds(NonNegative(args[i], value)) },
                "--surveys" => options with { Surveys = new Uri(value) },
                "--inventory" => options with { Inventory = new Uri(value) },
                "--gaps" => options with { Gaps = new Uri(value) },
                "--raw" => options with { Raw = TimeSpan.FromSeconds(NonNegative(args[i], value)) },
                "--messaging" => options with { Messaging = new Uri(value) },
                "--management" => options with { Management = new Uri(value) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }

    private static int NonNegative(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{option}: a whole number ≥ 0, not '{value}'");

    private static int Positive(string option, string value) =>
        NonNegative(option, value) is > 0 and var n ? n : throw new ArgumentException($"{option}: must be at least 1");
}
