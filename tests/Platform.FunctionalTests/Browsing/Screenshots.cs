using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>The pictures in docs/ are taken by the tests when asked: <c>UPDATE_SCREENSHOTS=1 dotnet test …</c>.</summary>
public static class Screenshots
{
    private static readonly string[] Wanted = ["de: needs", "ar: needs", "en: sent"];

    /// <summary>The top of a survey page, as a respondent first sees it.</summary>
    public static Task TakeAsync(IPage page, string lang, string state) =>
        Wanted.Contains($"{lang}: {state}") ? SaveAsync(page, $"survey-{lang}-{state.Replace(' ', '-')}", fullPage: false) : Task.CompletedTask;

    /// <summary>A planner's page as a whole, for the README.</summary>
    public static Task PlannerAsync(IPage page, string name) => SaveAsync(page, $"planner-{name}", fullPage: true);

    private static async Task SaveAsync(IPage page, string name, bool fullPage)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") != "1") return;
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Platform.sln"))) root = root.Parent;
        var file = Path.Combine(root!.FullName, "docs", "screenshots", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Whatever the last step scrolled to, the picture starts at the top.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
    }
}
