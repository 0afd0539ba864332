using GutAusgestattet.Contracts;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// How far an offer of a category serves: its own area always, and every area whose centre lies
/// within this distance of the facility. Defaults follow how far people take a child or an elderly
/// relative for that kind of care; a tenant adjusts them to its geography.
/// </summary>
public static class ServingDistances
{
    public static readonly IReadOnlyDictionary<string, double> Default = new Dictionary<string, double>
    {
        [CareCategories.Krippe] = 2, [CareCategories.Kita] = 2, [CareCategories.Hort] = 1.5, [CareCategories.Childminding] = 3, [CareCategories.HolidayCare] = 5, [CareCategories.OffPeakCare] = 3,
        [CareCategories.SeniorDayCare] = 10, [CareCategories.ShortTermCare] = 25, [CareCategories.NightCare] = 25, [CareCategories.HomeCare] = 15, [CareCategories.EverydaySupport] = 10,
    };

    public const double Max = 100;

    /// <summary>Mean Earth radius in km, as <see cref="Km"/> uses it.</summary>
    internal const double EarthRadiusKm = 6371.0088;

    public static double For(string category, IReadOnlyDictionary<string, double> tenant) =>
        tenant.TryGetValue(category, out var km) ? km : Default.GetValueOrDefault(category, 2);

    /// <summary>Great-circle distance in km (haversine).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = EarthRadiusKm;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
