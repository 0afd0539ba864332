namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>The tenant's areas by index, with those only offers or needs name added (no centre known).</summary>
internal sealed class AreaIndex
{
    /// <summary>A margin far above rounding, so the latitude shortcut never drops an area the haversine would keep.</summary>
    private const double ShortcutMarginKm = 1e-6;

    private readonly List<string> _codes = [];
    private readonly List<(double Lat, double Lon)?> _centres = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public AreaIndex(IReadOnlyList<AreaInput> areas, IEnumerable<OfferInput> offers)
    {
        foreach (var area in areas)
            Add(area.Code, area is { Latitude: { } lat, Longitude: { } lon } ? (lat, lon) : null);
        foreach (var offer in offers) IndexOf(offer.AreaCode);
    }

    public int Count => _codes.Count;

    public string Code(int index) => _codes[index];

    /// <summary>The area's index; an area only an offer or a need names is added, without a centre.</summary>
    public int IndexOf(string code) => _index.TryGetValue(code, out var index) ? index : Add(code, null);

    /// <summary>The offer's own area and every area whose centre lies within <paramref name="km"/> of the facility.</summary>
    public int[] Catchment(OfferInput offer, double km)
    {
        var own = IndexOf(offer.AreaCode);
        var catchment = new List<int>();
        for (var a = 0; a < _codes.Count; a++)
            if (a == own || (_centres[a] is { } centre && Within(offer, centre, km))) catchment.Add(a);
        return [.. catchment];
    }

    /// <summary>
    /// The great circle is never shorter than the meridian arc, so a centre that far north or south is
    /// out of reach without trigonometry — most areas of a big city for most offers.
    /// </summary>
    private static bool Within(OfferInput offer, (double Lat, double Lon) centre, double km) =>
        ServingDistances.EarthRadiusKm * Math.Abs(double.DegreesToRadians(centre.Lat - offer.Latitude)) <= km + ShortcutMarginKm
        && ServingDistances.Km(offer.Latitude, offer.Longitude, centre.Lat, centre.Lon) <= km;

    private int Add(string code, (double Lat, double Lon)? centre)
    {
        if (_index.TryGetValue(code, out var index)) return index;
        _index.Add(code, _codes.Count);
        _codes.Add(code);
        _centres.Add(centre);
        return _codes.Count - 1;
    }
}
