using System.Net;
using GutAusgestattet.ServiceHosting;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Apis;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>Surveys behind the public web app: two requests per client and window, the pod network 10.0.0.0/8 trusted.</summary>
public sealed class ProxiedSurveysHost() : ServiceHost<Program>("surveys")
{
    public const int PerClientPermitLimit = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Surveys:RetentionCheckInterval", "01:00:00");
        builder.UseSetting(SurveySecretOptions.Setting, SurveysHost.ReceiptSecret);
        builder.UseSetting("Surveys:RateLimits:PerClientPermitLimit", PerClientPermitLimit.ToString());
        builder.UseSetting("Surveys:RateLimits:WindowSeconds", "3600");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8");
    }
}

/// <summary>
/// The per-client rate limit counts households, not the web app that calls for them: X-Forwarded-For
/// is honoured from loopback and the configured networks, and only its last entry; from anyone else it is ignored.
/// </summary>
public sealed class ForwardedClientTests(ProxiedSurveysHost host) : IClassFixture<ProxiedSurveysHost>
{
    /// <summary>A receipt look-up (404 for this code), as cheap a public request as there is; the status says whether the limiter let it through.</summary>
    private async Task<int> LookUp(string proxy, string? forwardedFor)
    {
        var context = await host.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = PublicSurveysApi.ReceiptsPath;
            c.Request.Headers[PublicSurveysApi.ReceiptHeader] = "AAAA-BBBB-CCCC-DDDD";
            c.Connection.RemoteIpAddress = IPAddress.Parse(proxy);
            if (forwardedFor is not null) c.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return context.Response.StatusCode;
    }

    private async Task UseUpLimit(string proxy, string forwardedFor)
    {
        for (var i = 0; i < ProxiedSurveysHost.PerClientPermitLimit; i++)
            Assert.Equal(StatusCodes.Status404NotFound, await LookUp(proxy, forwardedFor));
    }

    [Theory]
    [InlineData("127.0.0.1", "203.0.113.1", "203.0.113.2")]
    [InlineData("::1", "2001:db8::1", "2001:db8::2")]
    [InlineData("10.244.3.7", "203.0.113.11", "203.0.113.12")] // the configured pod network
    public async Task Households_behind_a_trusted_proxy_each_get_their_own_per_client_limit(string proxy, string household, string neighbour)
    {
        await UseUpLimit(proxy, household);
        Assert.Equal(StatusCodes.Status429TooManyRequests, await LookUp(proxy, household));
        // A household that sends the header itself only adds an entry before the one the proxy appends.
        Assert.Equal(StatusCodes.Status429TooManyRequests, await LookUp(proxy, $"198.51.100.9, {household}"));

        Assert.Equal(StatusCodes.Status404NotFound, await LookUp(proxy, neighbour));
    }

    [Fact]
    public async Task X_Forwarded_For_from_an_untrusted_address_is_ignored_and_the_limit_counts_that_address()
    {
        const string untrusted = "192.0.2.10";
        await UseUpLimit(untrusted, "203.0.113.21");

        Assert.Equal(StatusCodes.Status429TooManyRequests, await LookUp(untrusted, "203.0.113.22"));
        Assert.Equal(StatusCodes.Status429TooManyRequests, await LookUp(untrusted, null));
    }
}
