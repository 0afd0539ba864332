using GutAusgestattet.FunctionalTests.Browsing;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// Two replicas of the planners' application behind one address, as regional IT runs them: the load balancer sends a
/// planner's next request, or the post of a form the other served, to either. With a shared key directory each reads
/// the other's sign-in cookie and antiforgery token; with keys of their own (the default, right for one replica) they
/// do not — which is what the setting is for.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerReplicasTests(PlatformFixture platform, BrowserFixture browser)
{
    [Fact]
    public async Task Replicas_sharing_a_key_directory_read_each_others_sign_in_and_forms_and_replicas_with_keys_of_their_own_do_not()
    {
        var tenant = PlatformFixture.NewTenant();
        var shared = Directory.CreateTempSubdirectory("planner-keys-");
        var (own, others) = (Directory.CreateTempSubdirectory("planner-keys-"), Directory.CreateTempSubdirectory("planner-keys-"));
        try
        {
            await using (var first = await Replica(shared))
            await using (var second = await Replica(shared))
            {
                var page = await browser.NewPageAsync(first.Address);
                await page.SignIn(tenant, path: "/gaps");

                var read = await page.GotoAsync(new Uri(second.Address, "/gaps").AbsoluteUri);
                Assert.Equal((200, "Lücken"), (read!.Status, await page.Heading()));
                var signOut = await PostSignOutServedBy(page, first.Address, to: second.Address);
                Assert.Equal((302, "/signed-out"), (signOut.Status, signOut.Headers["location"]));
            }

            await using (var first = await Replica(own))
            await using (var second = await Replica(others))
            {
                var page = await browser.NewPageAsync(first.Address);
                await page.SignIn(tenant, path: "/gaps");

                await page.GotoAsync(new Uri(second.Address, "/gaps").AbsoluteUri);
                Assert.Contains("/signin/dev", page.Url);
                Assert.Equal(400, (await PostSignOutServedBy(page, first.Address, to: second.Address)).Status);
            }
        }
        finally
        {
            foreach (var directory in new[] { shared, own, others }) directory.Delete(recursive: true);
        }
    }

    private Task<PlannerWebProcess> Replica(DirectoryInfo keys) =>
        PlannerWebProcess.WithAsync(platform, new Dictionary<string, string> { ["DataProtection__KeysDirectory"] = keys.FullName });

    /// <summary>The header's sign-out form as <paramref name="served"/> rendered it, posted to <paramref name="to"/> with the browser's cookies.</summary>
    private static async Task<IAPIResponse> PostSignOutServedBy(IPage page, Uri served, Uri to)
    {
        await page.GotoAsync(new Uri(served, "/gaps").AbsoluteUri);
        var token = await page.Locator("header form[action='/signout'] input[name='__RequestVerificationToken']").GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__RequestVerificationToken", token!);
        return await page.Context.APIRequest.PostAsync(new Uri(to, "/signout").AbsoluteUri, new() { Form = form, MaxRedirects = 0 });
    }
}
