namespace GutAusgestattet.Contracts;

/// <summary>
/// The standard taxonomy of care categories. Events carry the code; tenant-defined categories
/// map onto one of these.
/// </summary>
public static class CareCategories
{
    /// <summary>Ferienbetreuung: care during the school holidays, counted only on school-holiday days.</summary>
    public const string HolidayCare = "ferienbetreuung";

    /// <summary>Category code → German name as planners know it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["krippe"] = "Krippe (U3)",
        ["kita"] = "Kita (Ü3)",
        ["hort"] = "Hort / Ganztag",
        ["kindertagespflege"] = "Kindertagespflege",
        [HolidayCare] = "Ferienbetreuung",
        ["randzeitenbetreuung"] = "Randzeitenbetreuung",
        ["tagespflege"] = "Tagespflege",
        ["kurzzeitpflege"] = "Kurzzeitpflege",
        ["nachtpflege"] = "Nachtpflege",
        ["ambulante-pflege"] = "Ambulante Pflege",
        ["alltagsbegleitung"] = "Alltagsbegleitung",
    };

    /// <summary>Whether <paramref name="code"/> is a category of the standard taxonomy.</summary>
    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);
}
