using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.Facilities;

/// <summary>The facility form as typed: every field as text, so a refused save shows exactly what the planner wrote.</summary>
public sealed record FacilityForm(string Name, string OperatorType, string Address, string Latitude, string Longitude, string AreaCode)
{
    /// <summary>Who may run a facility (Träger), as Inventory names them.</summary>
    public static readonly IReadOnlyList<string> OperatorTypes = ["municipal", "welfare", "private", "company", "other"];

    public static readonly FacilityForm Empty = new("", "", "", "", "", "");

    public static FacilityForm Of(Facility facility) => new(facility.Name, facility.OperatorType, facility.Address ?? "",
        TypedInput.Show(facility.Latitude), TypedInput.Show(facility.Longitude), facility.AreaCode);

    public static FacilityForm Read(IFormCollection form) =>
        new(form["name"].ToString(), form["operatorType"].ToString(), form["address"].ToString(), form["latitude"].ToString(), form["longitude"].ToString(), form["areaCode"].ToString());

    /// <summary>The request, or the rules the typed coordinates break; every other rule is Inventory's to check.</summary>
    public FacilityChange? ToChange(out List<InputRule> rules)
    {
        rules = [];
        var (latitude, longitude) = (TypedInput.Degrees(Latitude), TypedInput.Degrees(Longitude));
        if (latitude is null) rules.Add(new InputRule("latitude", "Facility_DegreesRule"));
        if (longitude is null) rules.Add(new InputRule("longitude", "Facility_DegreesRule"));
        return rules.Count > 0 ? null
            : new FacilityChange(Name.Trim(), OperatorType, latitude!.Value, longitude!.Value, AreaCode, string.IsNullOrWhiteSpace(Address) ? null : Address.Trim());
    }

    /// <summary>The control a field of Inventory's refusal belongs to; its key, which the form does not edit, lies with the name.</summary>
    public static string FieldIdOf(string field) => field is "operatorType" or "address" or "latitude" or "longitude" or "areaCode" ? field : "name";
}
