using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GutAusgestattet.Contracts.Catalogue;

/// <summary>
/// Descriptions from the compiler's XML documentation file beside an assembly, so the records'
/// doc comments stay the only place a description is written.
/// </summary>
internal sealed partial class XmlDocs
{
    static readonly ConcurrentDictionary<Assembly, XmlDocs> Loaded = new();

    readonly IReadOnlyDictionary<string, XElement> _members;

    XmlDocs(IReadOnlyDictionary<string, XElement> members) => _members = members;

    public bool IsEmpty => _members.Count == 0;

    public static XmlDocs For(Assembly assembly) => Loaded.GetOrAdd(assembly, Load);

    static XmlDocs Load(Assembly assembly)
    {
        var path = string.IsNullOrEmpty(assembly.Location) ? null : Path.ChangeExtension(assembly.Location, ".xml");
        if (path is null || !File.Exists(path))
            return new XmlDocs(new Dictionary<string, XElement>());

        var members = XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null)
            .GroupBy(m => m.Attribute("name")!.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new XmlDocs(members);
    }

    public string? Type(Type type) => Summary($"T:{Name(type)}");

    public string? Property(MemberInfo member)
    {
        if (member.DeclaringType is not { } declaring)
            return null;

        // Records restate interface members (TenantId) without docs; the interface has them.
        return Summary($"P:{Name(declaring)}.{member.Name}")
            ?? declaring.GetInterfaces()
                .Where(i => i.GetProperty(member.Name) is not null)
                .OrderBy(i => i.FullName, StringComparer.Ordinal)
                .Select(i => Summary($"P:{Name(i)}.{member.Name}"))
                .FirstOrDefault(s => s is not null);
    }

    static string Name(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    string? Summary(string id) =>
        _members.TryGetValue(id, out var member) && member.Element("summary") is { } summary
            ? Whitespace().Replace(Render(summary), " ").Trim()
            : null;

    static string Render(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference =>
            $"`{JsonNamingPolicy.CamelCase.ConvertName(reference.Attribute("name")?.Value ?? "")}`",
        XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
        XElement { Name.LocalName: "see" } see =>
            see.Attribute("langword")?.Value ?? (see.Attribute("cref")?.Value ?? "").Split('.', ':')[^1],
        XElement element => element.Nodes().Aggregate(new StringBuilder(), (sb, n) => sb.Append(Render(n))).ToString(),
        _ => "",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
