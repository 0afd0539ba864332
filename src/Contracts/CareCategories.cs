namespace GutAusgestattet.Contracts;

/// <summary>
/// The standard taxonomy of care categories. Events carry the code; tenant-defined categories
/// map onto one of these.
/// </summary>
public static class CareCategories
{
    /// <summary>Krippe: childcare for under-threes.</summary>
    public const string Krippe = "krippe";

    /// <summary>Kita: childcare from three to school age.</summary>
    public const string Kita = "kita";

    /// <summary>Hort / Ganztag: care for school children around school hours.</summary>
    public const string Hort = "hort";

    /// <summary>Kindertagespflege: childminders.</summary>
    public const string Childminding = "kindertagespflege";

    /// <summary>Ferienbetreuung: care during the school holidays, counted only on school-holiday days.</summary>
    public const string HolidayCare = "ferienbetreuung";

    /// <summary>Randzeitenbetreuung: care in the off-peak hours, early mornings and evenings.</summary>
    public const string OffPeakCare = "randzeitenbetreuung";

    /// <summary>Tagespflege: senior day care.</summary>
    public const string SeniorDayCare = "tagespflege";

    /// <summary>Kurzzeitpflege: short-term residential care.</summary>
    public const string ShortTermCare = "kurzzeitpflege";

    /// <summary>Nachtpflege: night care.</summary>
    public const string NightCare = "nachtpflege";

    /// <summary>Ambulante Pflege: care at home.</summary>
    public const string HomeCare = "ambulante-pflege";

    /// <summary>Alltagsbegleitung: everyday support.</summary>
    public const string EverydaySupport = "alltagsbegleitung";

    /// <summary>Category code → German name as planners know it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Krippe] = "Krippe (U3)",
        [Kita] = "Kita (Ü3)",
        [Hort] = "Hort / Ganztag",
        [Childminding] = "Kindertagespflege",
        [HolidayCare] = "Ferienbetreuung",
        [OffPeakCare] = "Randzeitenbetreuung",
        [SeniorDayCare] = "Tagespflege",
        [ShortTermCare] = "Kurzzeitpflege",
        [NightCare] = "Nachtpflege",
        [HomeCare] = "Ambulante Pflege",
        [EverydaySupport] = "Alltagsbegleitung",
    };

    /// <summary>Whether <paramref name="code"/> is a category of the standard taxonomy.</summary>
    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);
}
