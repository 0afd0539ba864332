using System.Text.RegularExpressions;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.Localization;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.Partners;

/// <summary>One site as typed; <paramref name="Remove"/> drops it on saving.</summary>
public sealed record SiteRow(
    string Name, string Address, string PostalCode, string Latitude, string Longitude, string AreaCode, string Employees, string Incomings, string Outgoings,
    bool Remove = false)
{
    public static readonly SiteRow Blank = new("", "", "", "", "", "", "", "", "");

    public bool IsBlank => new[] { Name, Address, PostalCode, Latitude, Longitude, AreaCode, Employees, Incomings, Outgoings }.All(string.IsNullOrWhiteSpace);

    public static SiteRow Of(PartnerSite site) => new(site.Name ?? "", site.Address, site.PostalCode, TypedInput.Show(site.Latitude), TypedInput.Show(site.Longitude),
        site.AreaCode ?? "", Formats.Whole(site.Employees), Formats.Whole(site.Incomings), Formats.Whole(site.Outgoings));
}

/// <summary>
/// The partner form as typed: every field as text, so a refused save shows exactly what the planner wrote. Sites are rows
/// of fields, with a blank one below the filled ones, so a planner adds a site without any script.
/// </summary>
public sealed partial record PartnerForm(string Kind, string Name, string TradeRegisterNumber, string Sector, IReadOnlyList<SiteRow> Sites)
{
    /// <summary>The kinds of partner, as Partners names them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["company", "association", "operator"];

    /// <summary>Partners takes any number of sites; the form reads as many as a planner could sensibly type.</summary>
    private const int MaxSiteRows = 200;

    public static readonly PartnerForm Empty = new("company", "", "", "", []);

    public static PartnerForm Of(Partner partner) =>
        new(partner.Kind, partner.Name, partner.TradeRegisterNumber ?? "", partner.Sector, [.. partner.Sites.Select(SiteRow.Of)]);

    public static PartnerForm Read(IFormCollection form)
    {
        var rows = new List<SiteRow>();
        string Field(int i, string part) => form[$"sites[{i}].{part}"].ToString();
        for (var i = 0; i < MaxSiteRows && form.ContainsKey($"sites[{i}].address"); i++)
            rows.Add(new SiteRow(Field(i, "name"), Field(i, "address"), Field(i, "postalCode"), Field(i, "latitude"), Field(i, "longitude"), Field(i, "areaCode"),
                Field(i, "employees"), Field(i, "incomings"), Field(i, "outgoings"), Field(i, "remove") == "true"));
        return new PartnerForm(form["kind"].ToString(), form["name"].ToString(), form["tradeRegisterNumber"].ToString(), form["sector"].ToString(), rows);
    }

    /// <summary>The filled rows, then a blank one: the rows the form shows.</summary>
    public IReadOnlyList<SiteRow> SiteRows => [.. Sites.Where(s => !s.IsBlank), SiteRow.Blank];

    /// <summary>
    /// The request, or the rules the typed text breaks before Partners could read it (coordinates and counts); every other
    /// rule is Partners' to check. <paramref name="sentRows"/> names the row of each site sent, so Partners'
    /// <c>sites[1].latitude</c> finds its row again.
    /// </summary>
    public PartnerChange? ToChange(out List<InputRule> rules, out IReadOnlyList<int> sentRows)
    {
        rules = [];
        var sites = new List<PartnerSite>();
        var rows = new List<int>();
        for (var i = 0; i < Sites.Count; i++)
        {
            var row = Sites[i];
            if (row.Remove || row.IsBlank) continue;
            var before = rules.Count;
            var latitude = Degrees(i, "latitude", row.Latitude, rules);
            var longitude = Degrees(i, "longitude", row.Longitude, rules);
            var (employees, incomings, outgoings) = (Count(i, "employees", row.Employees, rules), Count(i, "incomings", row.Incomings, rules),
                Count(i, "outgoings", row.Outgoings, rules));
            if (rules.Count > before) continue;
            sites.Add(new PartnerSite(Optional(row.Name), row.Address.Trim(), row.PostalCode.Trim(), latitude!.Value, longitude!.Value, Optional(row.AreaCode),
                employees!.Value, incomings!.Value, outgoings!.Value));
            rows.Add(i);
        }
        sentRows = rows;
        return rules.Count > 0 ? null : new PartnerChange(Name.Trim(), Kind, Optional(TradeRegisterNumber), Sector.Trim(), sites);
    }

    /// <summary>The control a field of Partners' refusal belongs to (<c>sites[1].latitude</c> → that site's row); its key lies with the name.</summary>
    public static string FieldIdOf(string field, IReadOnlyList<int> sentRows)
    {
        if (SiteField().Match(field) is { Success: true } site)
        {
            var sent = int.Parse(site.Groups[1].Value, Formats.Culture);
            return SiteFieldId(sent < sentRows.Count ? sentRows[sent] : 0, site.Groups[2].Value);
        }
        return field is "kind" or "tradeRegisterNumber" or "sector" ? field : "name";
    }

    public static string SiteFieldId(int row, string part) => $"site-{row}-{part}";

    private static double? Degrees(int row, string part, string text, List<InputRule> rules)
    {
        var value = TypedInput.Degrees(text);
        if (value is null) rules.Add(new InputRule(SiteFieldId(row, part), "Facility_DegreesRule"));
        return value;
    }

    /// <summary>A count of a site's people; empty is 0, as Partners takes it.</summary>
    private static int? Count(int row, string part, string text, List<InputRule> rules)
    {
        if (text.Trim().Length == 0) return 0;
        var value = TypedInput.Whole(text);
        if (value is null) rules.Add(new InputRule(SiteFieldId(row, part), "Offer_NumberRule"));
        return value;
    }

    private static string? Optional(string text) => text.Trim().Length == 0 ? null : text.Trim();

    [GeneratedRegex(@"^sites\[(\d+)\]\.(name|address|postalCode|latitude|longitude|areaCode|employees|incomings|outgoings)$")]
    private static partial Regex SiteField();
}
