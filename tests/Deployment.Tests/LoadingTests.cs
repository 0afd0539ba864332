using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

public class LoadingTests
{
    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_overlay_renders_and_loads_into_typed_objects(string name)
    {
        var overlay = Overlay.Get(name);

        Assert.Equal(6, overlay.Deployments.Count());
        Assert.DoesNotContain(overlay.Objects, o => o is IDictionary<object, object>);
    }

    [Fact]
    public void The_operators_overlay_has_a_database_cluster_per_service_and_a_broker_of_three()
    {
        var overlay = Overlay.Get("production-operators");

        Assert.Equal(["gapsdb", "inventorydb", "partnersdb", "surveysdb"],
            overlay.All<CnpgCluster>().Select(c => c.Spec!.Bootstrap!.Initdb!.Database!).Order());
        Assert.Equal(3, Assert.Single(overlay.All<RabbitmqCluster>()).Spec!.Replicas);
    }

    [Fact]
    public void A_mistyped_field_fails_the_load()
    {
        var yaml = Overlay.Render("development").Replace("readinessProbe:", "readinesProbe:");

        Assert.ThrowsAny<Exception>(() => Overlay.FromYaml("broken", yaml));
    }

    [Fact]
    public void A_mistyped_field_of_a_custom_resource_fails_the_load()
    {
        var yaml = Overlay.Render("production-operators").Replace("instances: 3", "instance: 3");

        Assert.ThrowsAny<Exception>(() => Overlay.FromYaml("broken", yaml));
    }

    [Fact]
    public void An_unknown_kind_fails_the_load()
    {
        var yaml = Overlay.Render("development") + "---\napiVersion: example.org/v1\nkind: Widget\nmetadata:\n  name: w\n";

        Assert.ThrowsAny<Exception>(() => Overlay.FromYaml("broken", yaml));
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void No_object_keeps_a_secret_value(string name) =>
        Assert.DoesNotContain(Overlay.Get(name).All<V1Secret>(), s => s.Data is { Count: > 0 } || s.StringData is { Count: > 0 });
}
