using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using IPNetwork = System.Net.IPNetwork;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// Who sent a request, behind a proxy: the survey pages call the surveys service for households, and
/// an ingress stands before the web apps, so a client's address (and scheme) arrive in
/// <c>X-Forwarded-For</c>/<c>-Proto</c>, and rate limits per client must use it. The header is believed only
/// from loopback and the networks in <c>ForwardedHeaders:KnownNetworks</c> (e.g. the cluster's pod
/// network), and only its last entry, the one the trusted proxy added: a household that sends the
/// header itself cannot pick its own rate-limit partition.
/// </summary>
public static class TrustedProxies
{
    public const string KnownNetworksKey = "ForwardedHeaders:KnownNetworks";

    public static IHostApplicationBuilder AddTrustedProxies(this IHostApplicationBuilder builder)
    {
        // Parsed now, so a mistyped network stops the service at start instead of trusting the wrong clients.
        var networks = KnownNetworks(builder.Configuration);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            // The defaults (127.0.0.0/8 and ::1) stay: a proxy on the same host is trusted.
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return builder;
    }

    /// <summary>The CIDRs of <see cref="KnownNetworksKey"/>, e.g. <c>10.244.0.0/16</c>.</summary>
    /// <exception cref="InvalidOperationException">An entry is not a network in CIDR notation.</exception>
    public static IReadOnlyList<IPNetwork> KnownNetworks(IConfiguration configuration) =>
        (configuration.GetSection(KnownNetworksKey).Get<string[]>() ?? [])
        .Select((entry, i) => IPNetwork.TryParse(entry?.Trim(), out var network)
            ? network
            : throw new InvalidOperationException(
                $"{KnownNetworksKey}:{i} is '{entry}', not a network in CIDR notation such as 10.244.0.0/16 or fd00::/8."))
        .ToList();
}
