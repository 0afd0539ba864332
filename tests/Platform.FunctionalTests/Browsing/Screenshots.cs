using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>The pictures in docs/ are taken by the tests when asked: <c>UPDATE_SCREENSHOTS=1 dotnet test …</c>.</summary>
public static class Screenshots
{
    private static readonly string[] Wanted = ["de: needs", "ar: needs", "en: sent"];

    public static Task TakeAsync(IPage page, string lang, string state) =>
        Wanted.Contains($"{lang}: {state}") ? SaveAsync(page, $"survey-{lang}-{state.Replace(' ', '-')}") : Task.CompletedTask;

    /// <summary>The top of the page as <c>docs/screenshots/{name}.png</c>, when asked for.</summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1") return;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Platform.sln"))) root = root.Parent;
        var file = Path.Combine(root!.FullName, "docs", "screenshots", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // The top of the page, as a person first sees it, whatever the last step scrolled to.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    }
}
