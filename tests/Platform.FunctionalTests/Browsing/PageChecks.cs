using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>What every page must be, checked in the browser: accessible (axe-core, WCAG 2.1 AA) and without horizontal scrolling.</summary>
public static class PageChecks
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page, string state)
    {
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on '{state}' ({page.Url}):\n{string.Join("\n", violations)}");
    }

    /// <summary>Both checks, as every planner page and state gets them.</summary>
    public static async Task AssertAccessibleAndFitsAsync(this IPage page, string state)
    {
        await page.AssertAccessibleAsync(state);
        await page.AssertNoHorizontalScrollAsync(state);
    }

    /// <summary>Nothing wider than the viewport: a phone of 320 CSS pixels (a 1280 px screen at 400 % zoom) reads without scrolling sideways.</summary>
    public static async Task AssertNoHorizontalScrollAsync(this IPage page, string state)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        if (scroll <= client) return;
        var widest = await page.EvaluateAsync<string[]>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1).slice(-8).map(e => e.tagName + '.' + e.className + ' w=' + Math.round(e.getBoundingClientRect().width) + ' r=' + Math.round(e.getBoundingClientRect().right) + ' sw=' + e.scrollWidth + ' cw=' + e.clientWidth + ' ' + getComputedStyle(e).display + ' ' + getComputedStyle(e).width)", client);
        Assert.Fail($"'{state}' scrolls sideways: content {scroll} px in a {client} px viewport ({page.Url}); too wide: {string.Join(" | ", widest)}");
    }
}
