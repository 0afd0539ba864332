using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Gaps;

/// <summary>Area names from Inventory for the codes the gaps carry; without Inventory the codes stand in, and the page still works.</summary>
public sealed class AreaNames(IReadOnlyDictionary<string, string> names)
{
    public static readonly AreaNames None = new(new Dictionary<string, string>());

    public static AreaNames From(ServiceResult<List<Area>> areas) =>
        new(areas.Value?.ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal) ?? new Dictionary<string, string>());

    public string Of(string code) => names.GetValueOrDefault(code, code);

    /// <summary>Every area known to Inventory and every one a gap names, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> With(IEnumerable<string> codes) =>
        [.. names.Keys.Union(codes, StringComparer.Ordinal).Select(code => (code, Of(code))).OrderBy(a => a.Item2, StringComparer.CurrentCulture)];
}
