using System.Net;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.Extensions.Configuration;

namespace GutAusgestattet.ServiceDefaults.Tests;

public class TrustedProxiesTests
{
    private static IConfiguration Config(params string[] networks) => new ConfigurationBuilder()
        .AddInMemoryCollection(networks.Select((n, i) => KeyValuePair.Create<string, string?>($"{TrustedProxies.KnownNetworksKey}:{i}", n)))
        .Build();

    [Fact]
    public void Known_networks_are_read_as_CIDRs_and_none_configured_means_loopback_alone()
    {
        Assert.Equal([IPNetwork.Parse("10.244.0.0/16"), IPNetwork.Parse("fd00::/8")], TrustedProxies.KnownNetworks(Config("10.244.0.0/16", " fd00::/8 ")));
        Assert.Empty(TrustedProxies.KnownNetworks(Config()));
    }

    [Theory]
    [InlineData("10.244.0.0")]
    [InlineData("10.244.0.0/33")]
    [InlineData("pods")]
    public void A_network_that_is_not_a_CIDR_stops_the_service_naming_the_setting(string entry)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrustedProxies.KnownNetworks(Config("10.0.0.0/8", entry)));
        Assert.Contains("ForwardedHeaders:KnownNetworks:1", error.Message);
    }
}
