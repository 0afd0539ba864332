using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>What every Deployment (and migration Job) must have to run safely and be probed, scaled and drained.</summary>
public class WorkloadTests
{
    public static readonly string[] Deployables = ["surveys", "inventory", "gaps", "partners", "survey-web", "planner-web"];

    public static readonly string[] Services = ["surveys", "inventory", "gaps", "partners"];

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_deployable_has_a_deployment(string name) =>
        Assert.Equal(Deployables.Order(), Overlay.Get(name).Deployments.Select(d => d.Metadata.Name).Order());

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_deployment_is_probed_on_the_health_paths_of_its_port(string name)
    {
        foreach (var deployment in Overlay.Get(name).Deployments)
        {
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            var what = $"{name}/{deployment.Metadata.Name}";
            var port = Assert.Single(container.Ports);
            Assert.True(port is { ContainerPort: 8080, Name: "http" }, $"{what}: container port http/8080");
            AssertProbe(container.LivenessProbe, "/health/live", what);
            AssertProbe(container.ReadinessProbe, "/health/ready", what);
            AssertProbe(container.StartupProbe, "/health/live", what);
        }
    }

    private static void AssertProbe(V1Probe? probe, string path, string what)
    {
        Assert.True(probe?.HttpGet is not null, $"{what}: an HTTP probe on {path}");
        Assert.Equal(path, probe.HttpGet.Path);
        Assert.Contains(probe.HttpGet.Port.Value, new[] { "http", "8080" });
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_pod_runs_non_root_read_only_without_capabilities_within_limits(string name)
    {
        var overlay = Overlay.Get(name);
        var pods = overlay.Deployments.Select(d => (d.Metadata.Name, d.Spec.Template.Spec))
            .Concat(overlay.All<V1Job>().Select(j => (j.Metadata.Name, j.Spec.Template.Spec)));
        foreach (var (workload, pod) in pods)
        {
            var what = $"{name}/{workload}";
            Assert.True(pod.SecurityContext?.RunAsNonRoot == true, $"{what}: runAsNonRoot");
            Assert.True(pod.SecurityContext.SeccompProfile?.Type == "RuntimeDefault", $"{what}: seccompProfile RuntimeDefault");
            foreach (var container in pod.Containers)
            {
                var security = container.SecurityContext;
                Assert.True(security?.AllowPrivilegeEscalation == false, $"{what}: allowPrivilegeEscalation false");
                Assert.True(security.ReadOnlyRootFilesystem == true, $"{what}: readOnlyRootFilesystem");
                Assert.True(security.Capabilities?.Drop?.SequenceEqual(["ALL"]) == true, $"{what}: capabilities drop ALL");
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    Assert.True(container.Resources?.Requests?.ContainsKey(resource) == true, $"{what}: {resource} request");
                    Assert.True(container.Resources.Limits?.ContainsKey(resource) == true, $"{what}: {resource} limit");
                }
                // The one writable place: /tmp, an emptyDir.
                var tmp = container.VolumeMounts?.SingleOrDefault(m => m.MountPath == "/tmp");
                Assert.True(tmp is not null && pod.Volumes.Single(v => v.Name == tmp.Name).EmptyDir is not null, $"{what}: /tmp on an emptyDir");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_deployment_stops_taking_traffic_before_it_shuts_down(string name)
    {
        foreach (var deployment in Overlay.Get(name).Deployments)
        {
            var pod = deployment.Spec.Template.Spec;
            var sleep = pod.Containers[0].Lifecycle?.PreStop?.Sleep?.Seconds;
            Assert.True(sleep >= 5, $"{name}/{deployment.Metadata.Name}: a preStop sleep while the endpoints forget the pod");
            // The host then gets its shutdown timeout (30 s) for in-flight requests and messages.
            Assert.True(pod.TerminationGracePeriodSeconds >= sleep + 30, $"{name}/{deployment.Metadata.Name}: grace period covers sleep and shutdown");
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_deployment_has_a_service_a_disruption_budget_and_an_autoscaler(string name)
    {
        var overlay = Overlay.Get(name);
        foreach (var deployment in overlay.Deployments)
        {
            var labels = deployment.Spec.Template.Metadata.Labels;
            var what = $"{name}/{deployment.Metadata.Name}";
            Assert.True(Selects(deployment.Spec.Selector.MatchLabels, labels), $"{what}: its selector matches its pods");
            Assert.True(overlay.All<V1Service>().Any(s => Selects(s.Spec.Selector, labels) && s.Spec.Ports.Any(p => p.TargetPort?.Value is "http" or "8080")),
                $"{what}: a Service to its port");
            Assert.True(overlay.All<V1PodDisruptionBudget>().Count(p => Selects(p.Spec.Selector.MatchLabels, labels)) == 1, $"{what}: one PodDisruptionBudget");
            var hpa = overlay.All<V2HorizontalPodAutoscaler>().Where(h =>
                h.Spec.ScaleTargetRef is { Kind: "Deployment", ApiVersion: "apps/v1" } target && target.Name == deployment.Metadata.Name).ToList();
            Assert.True(hpa.Count == 1, $"{what}: one HorizontalPodAutoscaler");
            Assert.True(hpa[0].Spec.MinReplicas >= 1 && hpa[0].Spec.MaxReplicas > hpa[0].Spec.MinReplicas, $"{what}: the autoscaler has room");
            // The autoscaler owns the count; a fixed replicas field would reset it on every apply.
            Assert.Null(deployment.Spec.Replicas);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Every_service_is_migrated_by_a_job_with_the_migrator_role_and_runs_with_the_service_role(string name)
    {
        var overlay = Overlay.Get(name);
        foreach (var service in Services)
        {
            var database = $"ConnectionStrings__{service}db";
            var job = Assert.Single(overlay.All<V1Job>(), j => j.Metadata.Name == $"{service}-migrate");
            var migrator = Assert.Single(job.Spec.Template.Spec.Containers);
            var deployment = overlay.Deployments.Single(d => d.Metadata.Name == service).Spec.Template.Spec.Containers[0];
            Assert.Equal(deployment.Image, migrator.Image);
            Assert.Equal(["--migrate"], migrator.Args);
            Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
            Assert.Equal($"{service}-database-migrator", migrator.Env.Single(e => e.Name == database).ValueFrom.SecretKeyRef.Name);
            Assert.Equal($"{service}-database-service", deployment.Env.Single(e => e.Name == database).ValueFrom.SecretKeyRef.Name);
            Assert.Equal($"{service}_service", migrator.Env.Single(e => e.Name == "Database__ServiceRole").Value);
            Assert.Equal("false", Settings.Of(overlay, deployment)["database:migrateonstartup"].Value);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void The_web_apps_share_their_key_ring_on_a_read_write_many_volume(string name)
    {
        var overlay = Overlay.Get(name);
        foreach (var deployment in overlay.Deployments.Where(d => d.Metadata.Name is "survey-web" or "planner-web"))
        {
            var container = deployment.Spec.Template.Spec.Containers[0];
            var directory = Settings.Of(overlay, container)["dataprotection:keysdirectory"].Value;
            var mount = Assert.Single(container.VolumeMounts, m => m.MountPath == directory);
            var claim = deployment.Spec.Template.Spec.Volumes.Single(v => v.Name == mount.Name).PersistentVolumeClaim.ClaimName;
            Assert.Contains("ReadWriteMany", overlay.All<V1PersistentVolumeClaim>().Single(c => c.Metadata.Name == claim).Spec.AccessModes);
        }
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Only_the_survey_web_has_an_ingress_and_it_limits_each_client(string name)
    {
        var ingress = Assert.Single(Overlay.Get(name).All<V1Ingress>());
        Assert.All(ingress.Spec.Rules.SelectMany(r => r.Http.Paths), path => Assert.Equal("survey-web", path.Backend.Service.Name));
        // The public door limits each client whatever the number of replicas behind it.
        foreach (var limit in new[] { "limit-rps", "limit-connections" })
            Assert.True(ingress.Metadata.Annotations?.TryGetValue($"nginx.ingress.kubernetes.io/{limit}", out var value) == true
                && int.TryParse(value, out var n) && n > 0, limit);
    }

    [Theory]
    [MemberData(nameof(Overlay.Each), MemberType = typeof(Overlay))]
    public void Secrets_are_only_referenced_by_name_and_key(string name)
    {
        var overlay = Overlay.Get(name);
        var containers = overlay.Deployments.SelectMany(d => d.Spec.Template.Spec.Containers)
            .Concat(overlay.All<V1Job>().SelectMany(j => j.Spec.Template.Spec.Containers));
        // envFrom a Secret would hide which settings it sets from the settings checks.
        Assert.DoesNotContain(containers.SelectMany(c => c.EnvFrom ?? []), e => e.SecretRef is not null);
    }

    public static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string> labels) =>
        selector is { Count: > 0 } && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);
}
