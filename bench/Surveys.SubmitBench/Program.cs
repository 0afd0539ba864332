using GutAusgestattet.Surveys.SubmitBench;
using GutAusgestattet.Tooling;

// Sustained answer submissions against the running platform (bench/submit-bench.sh starts it):
// a fresh municipality with areas, known counts and a published survey, then N virtual respondents
// submitting valid answers for a warm-up and a measured window; then checks that Surveys stored
// exactly the answers it acknowledged and times each answer until Gaps counted it, and compares the
// outbox's delivery with the broker's raw rate. With --import N it imports N responses as one LimeSurvey export instead and
// times the import and until the gaps reflect it.
//   dotnet run -c Release --project bench/Surveys.SubmitBench -- [--concurrency 16] [--duration 30] [--warmup 5] …
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or UriFormatException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var signingKey = Environment.GetEnvironmentVariable("Jwt__SigningKey") ?? AppHostSettings.DevelopmentSigningKey();
if (string.IsNullOrEmpty(signingKey))
{
    Console.Error.WriteLine("error: no signing key: set Jwt__SigningKey to the AppHost's jwt-signing-key.");
    return 2;
}

using var cancel = new CancellationTokenSource(options.GapsTimeout + TimeSpan.FromMinutes(10));
if (options.Import > 0) return await new ImportRun(options, signingKey).RunAsync(Console.Out, cancel.Token) ? 0 : 1;
var result = await new BenchRun(options, signingKey).RunAsync(Console.Out, cancel.Token);
return result.Ok ? 0 : 1;
