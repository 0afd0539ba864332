using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>
/// Debian's chromium, driven by Playwright (its own browser download does not work on these
/// machines; scripts/test-tools.sh installs the package). One browser for the run, a fresh
/// context per page, so no test sees another's cookies.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private static int _lastClient;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? Chromium,
            Headless = true,
            // The browser's own language sets how date fields show a date (dd.mm.yyyy), which the context's locale does not.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--lang=de-DE"],
        });
    }

    /// <summary>
    /// A page in a new context. Each context comes from its own client address (X-Forwarded-For,
    /// which the web apps believe from loopback), so per-client limits of one test never hold up another.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, bool javaScript = true, int width = 1280, int height = 900)
    {
        var client = Interlocked.Increment(ref _lastClient);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            // German time fields (24 h), as most respondents have them; typed times read the same.
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["X-Forwarded-For"] = $"198.51.{client / 250}.{client % 250 + 1}" },
        });
        // Generous: CI shares two cores between the platform, chromium and the test host.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
