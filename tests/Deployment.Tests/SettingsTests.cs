using k8s.Models;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The manifests against the code: every setting a deployable requires is set, nothing forbidden is, every setting given
/// is one the code reads, and every place in the code that insists on a setting is explained by a rule.
/// </summary>
public class SettingsTests
{
    public static TheoryData<string, string> OverlaysAndDeployables
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var overlay in Overlay.Names)
                foreach (var deployable in CodeSettings.Projects.Keys) data.Add(overlay, deployable);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OverlaysAndDeployables))]
    public void Every_setting_the_code_requires_is_set(string overlay, string deployable)
    {
        var rendered = Overlay.Get(overlay);
        var settings = Settings.Of(rendered, Container(rendered, deployable));
        var problems = new List<string>();
        foreach (var requirement in Requirements.For(deployable, IsProduction(overlay)))
        {
            var key = Setting.Key(requirement.Key);
            settings.TryGetValue(key, out var setting);
            var present = setting is not null && (setting.Secret is not null || !string.IsNullOrWhiteSpace(setting.Value));
            if (requirement.Forbidden && present) problems.Add($"{requirement.Key} must not be set");
            else if (!requirement.Forbidden && !present) problems.Add($"{requirement.Key} is missing");
            else if (requirement.Value is { } value && !string.Equals(setting!.Value, value, StringComparison.OrdinalIgnoreCase))
                problems.Add($"{requirement.Key} is '{setting.Value}', should be '{value}'");
        }
        Assert.True(problems.Count == 0, $"{overlay}/{deployable}: {string.Join("; ", problems)}");
    }

    [Theory]
    [MemberData(nameof(OverlaysAndDeployables))]
    public void Every_setting_given_is_read_by_the_code(string overlay, string deployable)
    {
        var rendered = Overlay.Get(overlay);
        var known = CodeSettings.KnownKeys(deployable);
        var containers = rendered.All<V1Job>().Where(j => j.Metadata.Labels["app.kubernetes.io/name"] == deployable)
            .SelectMany(j => j.Spec.Template.Spec.Containers)
            .Append(Container(rendered, deployable));
        var stale = containers.SelectMany(c => Settings.Of(rendered, c).Values)
            .Where(s => !CodeSettings.IsKnown(known, Setting.Key(s.Name))).Select(s => s.Name).Distinct();
        Assert.Empty(stale);
    }

    [Fact]
    public void Every_line_that_requires_a_setting_is_explained_by_a_rule()
    {
        var sites = Requirements.Rules.SelectMany(rule => rule.Sites).ToList();
        var unexplained = CodeSettings.RequiringLines()
            .Where(line => !sites.Any(site => site.File == line.File && line.Text.Contains(site.Text)))
            .Select(line => $"{line.File}:{line.Line}: {line.Text}");
        Assert.Empty(unexplained);
    }

    [Fact]
    public void Every_rule_still_points_at_code_that_requires_its_setting()
    {
        var lines = CodeSettings.RequiringLines().ToList();
        var stale = Requirements.Rules.SelectMany(rule => rule.Sites)
            .Where(site => !lines.Any(line => line.File == site.File && line.Text.Contains(site.Text)))
            .Select(site => $"{site.File}: {site.Text}");
        Assert.Empty(stale);
    }

    [Fact]
    public void The_rules_find_what_each_deployable_requires()
    {
        // A few known facts, so a regex that silently stops matching does not empty the requirements.
        Assert.Contains(new Requirement("ConnectionStrings:surveysdb"), Requirements.For("surveys", production: true));
        Assert.Contains(new Requirement("ConnectionStrings:messaging"), Requirements.For("gaps", production: true));
        Assert.Contains(new Requirement("services:partners:http:0"), Requirements.For("planner-web", production: true));
        Assert.Contains(new Requirement("services:surveys:http:0"), Requirements.For("survey-web", production: true));
        Assert.Contains(new Requirement("Jwt:Authority"), Requirements.For("inventory", production: true));
        Assert.Contains(new Requirement("Authentication:Oidc:ClientSecret"), Requirements.For("planner-web", production: true));
        Assert.DoesNotContain(Requirements.For("survey-web", production: true), r => r.Key.StartsWith("ConnectionStrings:"));
        Assert.Contains("messaging:outboxpollinterval", CodeSettings.KnownKeys("gaps"));
        Assert.Contains("surveyweb:receiptlookups:permitlimit", CodeSettings.KnownKeys("survey-web"));
    }

    [Fact]
    public void Production_runs_quorum_queues_without_development_settings()
    {
        var rendered = Overlay.Get("production");
        var containers = rendered.Deployments.SelectMany(d => d.Spec.Template.Spec.Containers)
            .Concat(rendered.All<V1Job>().SelectMany(j => j.Spec.Template.Spec.Containers));
        foreach (var container in containers)
        {
            var settings = Settings.Of(rendered, container);
            Assert.False(settings.TryGetValue("aspnetcore_environment", out var environment) && environment.Value == "Development", container.Name);
            Assert.DoesNotContain("jwt:signingkey", settings.Keys);
            Assert.DoesNotContain("authentication:devsignin", settings.Keys);
            if (settings.ContainsKey("connectionstrings:messaging")) Assert.Equal("true", settings["messaging:quorumqueues"].Value);
        }
    }

    private static bool IsProduction(string overlay) => overlay.StartsWith("production", StringComparison.Ordinal);

    private static V1Container Container(Overlay overlay, string deployable) =>
        overlay.Deployments.Single(d => d.Metadata.Name == deployable).Spec.Template.Spec.Containers.Single();
}
