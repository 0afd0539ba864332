using System.Globalization;
using System.Text;
using GutAusgestattet.Contracts;
using GutAusgestattet.PlannerWeb.Gaps;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.Map;

/// <summary>
/// One category's uncovered person-hours per area, placed for the map's SVG and listed for its table. An area with an
/// outline (imported from GeoJSON) is drawn as its shape, one without as a spot at its centre, never a boundary made
/// up from the centres. The projection is equirectangular with longitude scaled by the cosine of the mean latitude
/// (true to shape at a municipality's size), north up, fitted to every centre and outline corner in a fixed view box
/// with padding and centred. The partners' sites are placed in the same projection, so a company stands where it is
/// among the areas, and the fit takes them in: a site beyond every area's outline is still on the map.
/// </summary>
public sealed record AreaMap(string Category, IReadOnlyList<AreaMap.Spot> Spots, double Peak, IReadOnlyList<AreaMap.Site> Sites)
{
    public const double Width = 640;
    public const double Height = 440;
    public const double Padding = 40;

    /// <summary>
    /// The kinds whose hours are counted. A feature gap (the offer lacks e.g. a language) is demand that a content,
    /// time or capacity gap of the same cell may already count, so its hours would be counted twice.
    /// </summary>
    public static readonly GapKind[] Counted = [GapKind.Content, GapKind.Time, GapKind.Capacity];

    /// <param name="Position">The centre in view-box units; null for an area Inventory does not know (only in the table).</param>
    /// <param name="Outline">SVG path data of the outline in view-box units (every ring closed, holes by the even-odd rule); null for a spot.</param>
    /// <param name="PersonHours">Person-hours per week left uncovered by the counted kinds.</param>
    /// <param name="PeakPersons">The most persons without care of any one of those gaps.</param>
    /// <param name="OpenGaps">Open gaps of any kind, as the gaps list filtered by area and category shows them.</param>
    public sealed record Spot(string Code, string Name, Point? Position, string? Outline, double PersonHours, double PeakPersons, int OpenGaps, int Level)
    {
        /// <summary>Labels stand on the side towards the middle, so a long name runs into the map, not out of it.</summary>
        public bool LabelLeft => Position is { X: > Width / 2 };
    }

    /// <summary>One place where a partner employs people, with the Incomings who work there (who the suggestions weigh).</summary>
    public sealed record Site(Guid PartnerId, string PartnerName, string Label, string? AreaCode, Point Position, int Incomings);

    public readonly record struct Point(double X, double Y);

    public static AreaMap Of(IReadOnlyCollection<Area> areas, IEnumerable<Gap> gaps, string category, IEnumerable<Partner> partners)
    {
        var open = gaps.Where(g => g.Open && g.Category == category).ToLookup(g => g.AreaCode, StringComparer.Ordinal);
        var located = partners.SelectMany(p => p.Sites.Select(site => (Partner: p, Site: site))).ToList();
        var project = Fit([.. areas.SelectMany(Corners), .. located.Select(l => new[] { l.Site.Longitude, l.Site.Latitude })]);
        var known = areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
        var figures = known.Keys.Union(open.Select(g => g.Key), StringComparer.Ordinal).Select(code =>
        {
            var counted = open[code].Where(g => Counted.Contains(g.Kind)).ToList();
            return (Code: code, Hours: counted.Sum(g => g.PersonHours), Peak: counted.Select(g => g.EstimatedPersons).DefaultIfEmpty(0).Max());
        }).ToList();
        var peak = figures.Select(f => f.Hours).DefaultIfEmpty(0).Max();
        var spots = figures
            .Select(f =>
            {
                var area = known.GetValueOrDefault(f.Code);
                var position = area is null ? (Point?)null : project(area.Longitude, area.Latitude);
                return new Spot(f.Code, area?.Name ?? f.Code, position, Path(area, project), f.Hours, f.Peak, open[f.Code].Count(), Shades.Level(f.Hours, peak));
            })
            .OrderByDescending(s => s.PersonHours).ThenBy(s => s.Name, StringComparer.CurrentCulture).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        var sites = located
            .Select(l => new Site(l.Partner.Id, l.Partner.Name, l.Site.Name ?? l.Site.Address, l.Site.AreaCode, project(l.Site.Longitude, l.Site.Latitude), l.Site.Incomings))
            .OrderBy(s => s.PartnerName, StringComparer.CurrentCulture).ThenBy(s => s.Label, StringComparer.CurrentCulture)
            .ToList();
        return new AreaMap(category, spots, peak, sites);
    }

    /// <summary>Every category of the taxonomy, in its order, then any other a gap names.</summary>
    public static IReadOnlyList<string> Categories(IEnumerable<Gap> gaps) =>
        [.. CareCategories.Names.Keys.Union(gaps.Select(g => g.Category).Order(StringComparer.Ordinal), StringComparer.Ordinal)];

    /// <summary>The category asked for if it is one of <see cref="Categories"/>; otherwise the one with the most uncovered hours.</summary>
    public static string Choose(string? asked, IReadOnlyCollection<Gap> gaps)
    {
        var categories = Categories(gaps);
        if (asked is not null && categories.Contains(asked, StringComparer.Ordinal)) return asked;
        var hours = gaps.Where(g => g.Open && Counted.Contains(g.Kind)).GroupBy(g => g.Category).ToDictionary(c => c.Key, c => c.Sum(g => g.PersonHours));
        // Ties and a municipality without gaps fall to the taxonomy's order.
        return categories.OrderByDescending(c => hours.GetValueOrDefault(c)).First();
    }

    /// <summary>SVG coordinates are written with a point whatever the page language, to a tenth of a view-box unit.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The projection of longitude and latitude into the view box, fitted to these points ([longitude, latitude]).</summary>
    private static Func<double, double, Point> Fit(IReadOnlyList<double[]> points)
    {
        if (points.Count == 0) return (_, _) => new Point(Width / 2, Height / 2);
        var shrink = Math.Cos(points.Average(p => p[1]) * Math.PI / 180);
        var plane = points.Select(c => (X: c[0] * shrink, Y: -c[1])).ToList();
        var (minX, maxX, minY, maxY) = (plane.Min(p => p.X), plane.Max(p => p.X), plane.Min(p => p.Y), plane.Max(p => p.Y));
        // The scale at which both spans fit (the smaller of the two); a span of 0 (one spot, or spots in a line) sets none.
        double[] fits = [.. new[] { (Span: maxX - minX, Room: Width - 2 * Padding), (Span: maxY - minY, Room: Height - 2 * Padding) }
            .Where(f => f.Span > 0).Select(f => f.Room / f.Span)];
        var scale = fits.Length == 0 ? 0 : fits.Min();
        return (longitude, latitude) =>
            new Point(Width / 2 + (longitude * shrink - (minX + maxX) / 2) * scale, Height / 2 + (-latitude - (minY + maxY) / 2) * scale);
    }

    /// <summary>The centre and every corner of the outline, as [longitude, latitude].</summary>
    private static IEnumerable<double[]> Corners(Area area) =>
        area.Outline?.SelectMany(polygon => polygon).SelectMany(ring => ring).Prepend([area.Longitude, area.Latitude])
        ?? [[area.Longitude, area.Latitude]];

    /// <summary>
    /// Each ring as <c>M x y L x y … Z</c> in one path, so the even-odd rule leaves holes open. A corner that lands on
    /// the previous one at the drawing's precision is left out: a detailed boundary shrinks to what the map can show.
    /// </summary>
    private static string? Path(Area? area, Func<double, double, Point> project)
    {
        if (area?.Outline is not { } polygons) return null;
        var path = new StringBuilder();
        foreach (var ring in polygons.SelectMany(polygon => polygon))
        {
            string? last = null;
            // GeoJSON repeats the first corner at the end; Z closes the ring instead.
            foreach (var corner in ring.SkipLast(1))
            {
                var at = project(corner[0], corner[1]);
                var xy = $"{Number(at.X)} {Number(at.Y)}";
                if (xy == last) continue;
                path.Append(last is null ? (path.Length == 0 ? "M " : " M ") : " L ").Append(xy);
                last = xy;
            }
            if (last is not null) path.Append(" Z");
        }
        return path.ToString();
    }
}
