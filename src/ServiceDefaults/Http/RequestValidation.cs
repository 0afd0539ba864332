using GutAusgestattet.Contracts;

namespace GutAusgestattet.ServiceDefaults.Http;

/// <summary>
/// Collects field-level rule violations under the field's JSON name, so the problem details a
/// client gets name exactly what it sent.
/// </summary>
public sealed class RequestValidation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public RequestValidation Require(bool condition, string field, string rule)
    {
        if (!condition) Add(field, rule);
        return this;
    }

    /// <summary>Refuses free text that will travel in a public event when it holds what identifies a person (<see cref="PublicText"/>).</summary>
    public RequestValidation RequirePublicText(string? text, string field) => Require(PublicText.Check(text) is null, field, PublicText.Rule);

    public RequestValidation Add(string field, string rule)
    {
        if (!_errors.TryGetValue(field, out var rules)) _errors[field] = rules = [];
        rules.Add(rule);
        return this;
    }

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
