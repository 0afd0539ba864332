using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

public static class Keyboard
{
    /// <summary>Presses Tab until the control matching <paramref name="selector"/> has the focus, and checks that the focus shows.</summary>
    public static async Task TabTo(this IPage page, string selector, int most = 200)
    {
        for (var i = 0; i < most; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (!await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) continue;
            var style = await page.EvaluateAsync<string[]>(
                "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }");
            Assert.True(style[0] != "none" && style[1] != "0px" || style[2] != "none", $"The focus on {selector} is not visible ({string.Join(", ", style)}).");
            return;
        }
        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}.");
    }

    /// <summary>Presses a key that sends the form, and waits for the next page.</summary>
    public static async Task SubmitBy(this IPage page, string key)
    {
        // The form posts to the same address: the page is new once a mark set on the old document is gone.
        await page.EvaluateAsync("() => window.previousPage = true");
        await page.Keyboard.PressAsync(key);
        await page.WaitForFunctionAsync("() => !window.previousPage && document.readyState === 'complete'");
    }
}
