using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// Who may talk to whom, read from the NetworkPolicies as a cluster applies them: a pod's allowed peers are the union of
/// the rules of every policy selecting it, and everything else is denied.
/// </summary>
public class NetworkPolicyTests
{
    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Everything_is_denied_unless_allowed(string name)
    {
        var deny = Assert.Single(Overlay.Get(name).All<V1NetworkPolicy>(), p => p.Metadata.Name == "default-deny");
        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Equal(["Egress", "Ingress"], deny.Spec.PolicyTypes.Order());
        Assert.Null(deny.Spec.Ingress);
        Assert.Null(deny.Spec.Egress);
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void The_survey_web_is_reached_from_the_ingress_controller_only_and_calls_the_surveys_service_only(string name)
    {
        var overlay = Overlay.Get(name);
        var from = Ingress(overlay, "survey-web");
        Assert.All(from, peer => Assert.True(peer is { NamespaceSelector: not null, IpBlock: null, PodSelector: null }, "from the ingress controller's namespace"));
        Assert.NotEmpty(from);
        Assert.Equal(["surveys"], PodsReached(overlay, "survey-web"));
        Assert.DoesNotContain(Egress(overlay, "survey-web"), peer => peer.IpBlock is not null);
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void The_planner_web_is_reached_from_the_internal_network_only(string name)
    {
        var overlay = Overlay.Get(name);
        var from = Ingress(overlay, "planner-web");
        Assert.NotEmpty(from);
        Assert.All(from, peer => Assert.True(peer.PodSelector is null && (peer.NamespaceSelector is not null || IsPrivate(peer.IpBlock)),
            "an internal ingress controller's namespace or a private network"));
        Assert.Equal(["gaps", "inventory", "partners", "surveys"], PodsReached(overlay, "planner-web"));
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void The_services_are_reached_from_the_web_apps_only(string name)
    {
        var overlay = Overlay.Get(name);
        foreach (var service in WorkloadTests.Services)
        {
            var from = Ingress(overlay, service);
            Assert.All(from, peer => Assert.True(peer is { PodSelector: not null, NamespaceSelector: null, IpBlock: null }, $"{service}: from pods of its namespace"));
            var callers = from.Select(peer => peer.PodSelector.MatchLabels["app.kubernetes.io/name"]).Order();
            Assert.Equal(service == "surveys" ? ["planner-web", "survey-web"] : ["planner-web"], callers);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Each_service_reaches_its_own_database_and_the_broker_only(string name)
    {
        var overlay = Overlay.Get(name);
        var databases = new Dictionary<string, string>();
        foreach (var service in WorkloadTests.Services)
        {
            var policies = Selecting(overlay, Labels(overlay, service)).Where(p => p.Spec.Egress is not null).ToList();
            var ports = policies.SelectMany(p => p.Spec.Egress).SelectMany(rule => rule.Ports.Select(port => port.Port.Value)).ToHashSet();
            Assert.Contains("5432", ports);
            Assert.True(ports.Contains("5672") || ports.Contains("5671"), $"{service}: egress to RabbitMQ");
            Assert.Subset(new HashSet<string> { "53", "5432", "5671", "5672", "443", "4317", "4318" }, ports);
            var database = Assert.Single(policies.SelectMany(p => p.Spec.Egress), rule => rule.Ports.Any(port => port.Port.Value == "5432"));
            databases[service] = string.Join(",", database.To.Select(Describe));
        }
        // The migration Job reaches the same database as its service.
        foreach (var job in overlay.All<V1Job>())
            Assert.Contains(Selecting(overlay, job.Spec.Template.Metadata.Labels), p => p.Metadata.Name == $"{job.Metadata.Labels["app.kubernetes.io/name"]}-database");
        // With the operators each database is its own cluster; the region's servers may be one address for all.
        if (name == "production-operators") Assert.Equal(4, databases.Values.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void The_web_apps_reach_neither_a_database_nor_the_broker(string name)
    {
        var overlay = Overlay.Get(name);
        foreach (var web in new[] { "survey-web", "planner-web" })
        {
            var ports = Selecting(overlay, Labels(overlay, web)).SelectMany(p => p.Spec.Egress ?? []).SelectMany(rule => rule.Ports.Select(port => port.Port.Value));
            Assert.DoesNotContain(ports, port => port is "5432" or "5671" or "5672");
        }
    }

    private static IDictionary<string, string> Labels(Overlay overlay, string deployment) =>
        overlay.Deployments.Single(d => d.Metadata.Name == deployment).Spec.Template.Metadata.Labels;

    private static IEnumerable<V1NetworkPolicy> Selecting(Overlay overlay, IDictionary<string, string> labels) =>
        overlay.All<V1NetworkPolicy>().Where(p => Matches(p.Spec.PodSelector, labels));

    private static List<V1NetworkPolicyPeer> Ingress(Overlay overlay, string deployment) =>
        [.. Selecting(overlay, Labels(overlay, deployment)).SelectMany(p => p.Spec.Ingress ?? []).SelectMany(rule => rule.FromProperty ?? [])];

    private static List<V1NetworkPolicyPeer> Egress(Overlay overlay, string deployment) =>
        [.. Selecting(overlay, Labels(overlay, deployment)).SelectMany(p => p.Spec.Egress ?? []).SelectMany(rule => rule.To ?? [])];

    /// <summary>The deployables of this namespace a pod may call (pod selectors without a namespace selector).</summary>
    private static string[] PodsReached(Overlay overlay, string deployment) =>
        [.. overlay.Deployments.Where(target => Egress(overlay, deployment)
                .Any(peer => peer is { PodSelector: not null, NamespaceSelector: null } && Matches(peer.PodSelector, target.Spec.Template.Metadata.Labels)))
            .Select(target => target.Metadata.Name).Order()];

    private static bool Matches(V1LabelSelector selector, IDictionary<string, string> labels) =>
        (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value)
        && (selector.MatchExpressions ?? []).All(e => e.OperatorProperty switch
        {
            "In" => labels.TryGetValue(e.Key, out var v) && e.Values.Contains(v),
            "NotIn" => !labels.TryGetValue(e.Key, out var v) || !e.Values.Contains(v),
            "Exists" => labels.ContainsKey(e.Key),
            "DoesNotExist" => !labels.ContainsKey(e.Key),
            _ => throw new InvalidOperationException($"Unknown selector operator {e.OperatorProperty}."),
        });

    private static bool IsPrivate(V1IPBlock? block) =>
        block is not null && System.Net.IPNetwork.Parse(block.Cidr) is var network
        && new[] { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" }.Select(System.Net.IPNetwork.Parse)
            .Any(range => range.Contains(network.BaseAddress) && network.PrefixLength >= range.PrefixLength);

    private static string Describe(V1NetworkPolicyPeer peer) =>
        peer.IpBlock?.Cidr ?? string.Join(";", (peer.PodSelector?.MatchLabels ?? new Dictionary<string, string>()).Select(l => $"{l.Key}={l.Value}"));
}
