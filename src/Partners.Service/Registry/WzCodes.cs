namespace GutAusgestattet.Partners.Registry;

/// <summary>
/// The German classification of economic activities (Klassifikation der Wirtschaftszweige, WZ 2008)
/// down to its divisions: a partner's sector is a section letter (<c>Q</c>) or a two-digit division
/// (<c>88</c>). Finer codes (<c>88.91</c>, <c>88.91.0</c>) are accepted when their division exists and
/// are checked to the division only, since the suggestions use nothing finer.
/// </summary>
public static class WzCodes
{
    /// <summary>Section letter → (German title, first and last division).</summary>
    public static readonly IReadOnlyDictionary<string, (string Title, int First, int Last)> Sections = new Dictionary<string, (string, int, int)>
    {
        ["A"] = ("Land- und Forstwirtschaft, Fischerei", 1, 3),
        ["B"] = ("Bergbau und Gewinnung von Steinen und Erden", 5, 9),
        ["C"] = ("Verarbeitendes Gewerbe", 10, 33),
        ["D"] = ("Energieversorgung", 35, 35),
        ["E"] = ("Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen", 36, 39),
        ["F"] = ("Baugewerbe", 41, 43),
        ["G"] = ("Handel; Instandhaltung und Reparatur von Kraftfahrzeugen", 45, 47),
        ["H"] = ("Verkehr und Lagerei", 49, 53),
        ["I"] = ("Gastgewerbe", 55, 56),
        ["J"] = ("Information und Kommunikation", 58, 63),
        ["K"] = ("Erbringung von Finanz- und Versicherungsdienstleistungen", 64, 66),
        ["L"] = ("Grundstücks- und Wohnungswesen", 68, 68),
        ["M"] = ("Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen", 69, 75),
        ["N"] = ("Erbringung von sonstigen wirtschaftlichen Dienstleistungen", 77, 82),
        ["O"] = ("Öffentliche Verwaltung, Verteidigung; Sozialversicherung", 84, 84),
        ["P"] = ("Erziehung und Unterricht", 85, 85),
        ["Q"] = ("Gesundheits- und Sozialwesen", 86, 88),
        ["R"] = ("Kunst, Unterhaltung und Erholung", 90, 93),
        ["S"] = ("Erbringung von sonstigen Dienstleistungen", 94, 96),
        ["T"] = ("Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf", 97, 98),
        ["U"] = ("Exterritoriale Organisationen und Körperschaften", 99, 99),
    };

    /// <summary>The numbers WZ 2008 leaves unused inside its sections' ranges.</summary>
    private static readonly HashSet<int> Unused = [4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89];

    /// <summary>Division titles where the suggestions look closer; the others are named by their section.</summary>
    private static readonly Dictionary<int, string> DivisionTitles = new()
    {
        [85] = "Erziehung und Unterricht",
        [86] = "Gesundheitswesen",
        [87] = "Heime (ohne Erholungs- und Ferienheime)",
        [88] = "Sozialwesen (ohne Heime)",
    };

    public const string Rule = "A WZ 2008 code is required: a section letter A–U (e.g. Q) or a two-digit division 01–99 that exists (e.g. 88), "
        + "optionally refined (88.91); e.g. 04 and 89 do not exist.";

    /// <summary>The section of a valid code, or null when the code is not one WZ 2008 knows.</summary>
    public static string? SectionOf(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        code = code.Trim().ToUpperInvariant();
        if (Sections.ContainsKey(code)) return code;
        return DivisionOf(code) is { } division ? Sections.First(s => division >= s.Value.First && division <= s.Value.Last).Key : null;
    }

    /// <summary>The division of a valid numeric code (<c>88</c>, <c>88.9</c>, <c>88.91</c>, <c>88.91.0</c>), else null.</summary>
    public static int? DivisionOf(string? code)
    {
        if (code is null || code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1])) return null;
        var rest = code[2..];
        if (rest.Length > 0 && !System.Text.RegularExpressions.Regex.IsMatch(rest, @"^\.\d(\d(\.\d)?)?$")) return null;
        var division = (code[0] - '0') * 10 + (code[1] - '0');
        return division is >= 1 and <= 99 && !Unused.Contains(division) ? division : null;
    }

    public static bool IsValid(string? code) => SectionOf(code) is not null;

    /// <summary>A readable title: the division's where known, else its section's.</summary>
    public static string Title(string code)
    {
        var section = SectionOf(code) ?? throw new ArgumentException($"Not a WZ 2008 code: {code}", nameof(code));
        return DivisionOf(code) is { } division && DivisionTitles.TryGetValue(division, out var title) ? title : Sections[section].Title;
    }
}
