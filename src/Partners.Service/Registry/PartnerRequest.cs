using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.Registry;

/// <summary>One site as a planner sends it.</summary>
/// <param name="Name">The site's own name, at most 200 characters; optional.</param>
/// <param name="Address">1 to 300 characters; required.</param>
/// <param name="PostalCode">A German postal code of five digits; required.</param>
/// <param name="Latitude">WGS 84 degrees from -90 to 90; required.</param>
/// <param name="Longitude">WGS 84 degrees from -180 to 180; required.</param>
/// <param name="Employees">A whole number from 0 to 1,000,000; Incomings and Outgoings together are at most this.</param>
/// <param name="AreaCode">The inventory's area the site lies in, if the planner knows it; distances use the coordinates.</param>
/// <param name="Incomings">Employees who came into the region for work, their family often still elsewhere.</param>
/// <param name="Outgoings">Employees who live here and work elsewhere part of the week — counted here when the partner knows them.</param>
// Every member is optional for the JSON reader, so a missing one is reported by its own name, not as "body".
public sealed record SiteRequest(
    string? Name = null, string? Address = null, string? PostalCode = null, double? Latitude = null, double? Longitude = null,
    string? AreaCode = null, int? Employees = null, int? Incomings = null, int? Outgoings = null)
{
    /// <summary>Checks the site, reporting each broken rule under the JSON field's name.</summary>
    public PartnerSite? Check(Action<string, string> error)
    {
        var broken = 0;
        void Rule(string field, string? rule)
        {
            if (rule is null) return;
            broken++;
            error(field, rule);
        }
        Rule("name", Name is null || Name.Trim().Length <= PartnerRules.MaxNameLength ? null : PartnerRules.NameRule);
        Rule("address", PartnerRules.CheckAddress(Address));
        Rule("postalCode", PartnerRules.CheckPostalCode(PostalCode));
        Rule("latitude", PartnerRules.CheckLatitude(Latitude));
        Rule("longitude", PartnerRules.CheckLongitude(Longitude));
        Rule("areaCode", PartnerRules.CheckAreaCode(AreaCode));
        Rule("employees", PartnerRules.CheckEmployees(Employees));
        if (broken > 0) return null;
        var employees = Employees ?? 0;
        Rule(Incomings is < 0 || (Incomings ?? 0) > employees ? "incomings" : "outgoings",
            PartnerRules.CheckAmongEmployees(employees, Incomings ?? 0, Outgoings ?? 0));
        if (broken > 0) return null;
        return new PartnerSite(string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(), PartnerKey.Normalise(Address!), PostalCode!.Trim(),
            Round(Latitude!.Value), Round(Longitude!.Value), string.IsNullOrEmpty(AreaCode) ? null : AreaCode, employees, Incomings ?? 0, Outgoings ?? 0);
    }

    /// <summary>About a centimetre: enough for distances, and a re-imported file compares equal.</summary>
    private static double Round(double degrees) => Math.Round(degrees, 7, MidpointRounding.AwayFromZero);
}

/// <summary>What a planner sends to register or change a partner; the sites replace the partner's sites.</summary>
/// <param name="Name">The partner's name, 1 to 200 characters; required.</param>
/// <param name="Kind">company (the default), association or operator.</param>
/// <param name="TradeRegisterNumber">Register and number, e.g. <c>HRB 12345</c> (HRA, HRB, GnR, PR, VR, GsR), at most 60 characters; optional.</param>
/// <param name="Sites">The partner's sites, replacing its sites; no two with the same postal code and address.</param>
/// <param name="Sector">WZ 2008 code: section letter (Q) or division (88), see <see cref="WzCodes"/>.</param>
public sealed record PartnerRequest(
    string? Name = null, PartnerKind Kind = PartnerKind.Company, string? TradeRegisterNumber = null, string? Sector = null,
    IReadOnlyList<SiteRequest>? Sites = null)
{
    public (RequestValidation Validation, PartnerInput? Input) Validate()
    {
        var validation = new RequestValidation()
            .Require(Enum.IsDefined(Kind), "kind", "Unknown kind: company, association or operator.");
        if (PartnerRules.CheckName(Name) is { } nameRule) validation.Add("name", nameRule);
        if (PartnerRules.CheckTradeRegister(TradeRegisterNumber) is { } registerRule) validation.Add("tradeRegisterNumber", registerRule);
        if (PartnerRules.CheckSector(Sector) is { } sectorRule) validation.Add("sector", sectorRule);
        var sites = new List<PartnerSite>();
        var keys = new HashSet<string>();
        foreach (var (site, i) in (Sites ?? []).Select((s, i) => (s, i)))
        {
            if (site.Check((field, rule) => validation.Add($"sites[{i}].{field}", rule)) is not { } checkedSite) continue;
            if (!keys.Add(PartnerKey.OfSite(checkedSite))) validation.Add($"sites[{i}].address", "Another site of the partner has this postal code and address.");
            sites.Add(checkedSite);
        }
        return validation.IsValid
            ? (validation, new PartnerInput(Kind, PartnerKey.Normalise(Name!), string.IsNullOrWhiteSpace(TradeRegisterNumber) ? null : PartnerKey.Normalise(TradeRegisterNumber),
                Sector!.Trim().ToUpperInvariant(), sites))
            : (validation, null);
    }
}

/// <summary>A partner as stated, every rule checked and every value normalised.</summary>
public sealed record PartnerInput(PartnerKind Kind, string Name, string? TradeRegisterNumber, string Sector, IReadOnlyList<PartnerSite> Sites)
{
    public string Key => PartnerKey.Of(TradeRegisterNumber, Name);

    /// <summary>Returns whether anything changed, so an import can report a row as unchanged.</summary>
    public bool ApplyTo(Partner partner, DateTimeOffset now)
    {
        if (!DiffersFrom(partner)) return false;
        partner.Kind = Kind;
        partner.Name = Name;
        partner.TradeRegisterNumber = TradeRegisterNumber;
        partner.Sector = Sector;
        partner.Sites = Sites;
        partner.Key = Key;
        partner.UpdatedAt = now;
        return true;
    }

    public bool DiffersFrom(Partner partner) =>
        partner.Kind != Kind || partner.Name != Name || partner.TradeRegisterNumber != TradeRegisterNumber
        || partner.Sector != Sector || !partner.Sites.SequenceEqual(Sites);
}
