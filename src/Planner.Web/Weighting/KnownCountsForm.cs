using System.Globalization;
using System.Text.RegularExpressions;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.ServiceClients;
using GutAusgestattet.PlannerWeb.Surveys;

namespace GutAusgestattet.PlannerWeb.Weighting;

/// <summary>
/// The known counts as a grid of fields, one per area and household type, as typed. An empty field is no count (its
/// answers weigh 1); the filled ones are sent all at once, and the service's refusal of <c>counts[i]</c> is shown at the
/// field that entry came from.
/// </summary>
public sealed partial record KnownCountsForm(IReadOnlyList<KnownArea> Areas, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Surveys.Service's largest count of households in one stratum.</summary>
    public const int MaxHouseholds = 10_000_000;

    public static string FieldId(string areaCode, string householdType) => $"households-{areaCode}-{householdType}";

    public static KnownCountsForm Of(IReadOnlyList<KnownArea> areas, KnownCounts counts) =>
        new(areas, counts.Counts.ToDictionary(c => FieldId(c.AreaCode, c.HouseholdType), c => c.Households.ToString(CultureInfo.InvariantCulture)));

    public static KnownCountsForm Read(IReadOnlyList<KnownArea> areas, Func<string, string?> posted) =>
        new(areas, Cells(areas).Select(c => (c.FieldId, Value: posted(c.FieldId)?.Trim() ?? "")).Where(c => c.Value.Length > 0)
            .ToDictionary(c => c.FieldId, c => c.Value));

    public string ValueAt(string fieldId) => Values.GetValueOrDefault(fieldId) ?? "";

    /// <summary>
    /// The filled fields as counts (written the German way, 1.200), with the field each entry came from (in the same order); the fields that hold no
    /// whole number are in <paramref name="notWhole"/>, and then nothing is to be sent.
    /// </summary>
    public KnownCounts? ToCounts(out IReadOnlyList<string> sentFields, out IReadOnlyList<string> notWhole)
    {
        var filled = Cells(Areas).Where(c => Values.ContainsKey(c.FieldId)).ToList();
        var numbers = filled.Select(c => TypedInput.Whole(Values[c.FieldId])).ToList();
        notWhole = [.. filled.Where((_, i) => numbers[i] is null).Select(c => c.FieldId)];
        sentFields = [.. filled.Select(c => c.FieldId)];
        return notWhole.Count > 0 ? null : new KnownCounts([.. filled.Select((c, i) => new KnownCount(c.AreaCode, c.HouseholdType, numbers[i]!.Value))]);
    }

    /// <summary>The field a refusal's key names: <c>counts[3].households</c> → the fourth sent field; anything else → the first field.</summary>
    public string FieldIdOf(string key, IReadOnlyList<string> sentFields) =>
        EntryKey().Match(key) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var i) && i < sentFields.Count
            ? sentFields[i]
            : sentFields.FirstOrDefault() ?? Cells(Areas).Select(c => c.FieldId).FirstOrDefault() ?? "";

    private static IEnumerable<(string AreaCode, string HouseholdType, string FieldId)> Cells(IReadOnlyList<KnownArea> areas) =>
        areas.SelectMany(a => ResponseTable.HouseholdTypes.Select(t => (a.Code, t, FieldId(a.Code, t))));

    [GeneratedRegex(@"^counts\[(\d+)\]")]
    private static partial Regex EntryKey();
}
