using System.Text.RegularExpressions;

namespace GutAusgestattet.Partners.Registry;

/// <summary>
/// The rules a partner and its sites obey, whether they arrive as JSON or as a CSV row; each check
/// returns the rule it broke, or null.
/// </summary>
public static partial class PartnerRules
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 300;

    public const string NameRule = "A name of 1 to 200 characters is required.";
    public const string TradeRegisterRule = "A trade-register number names the register and the number, e.g. 'HRB 12345' (HRA, HRB, GnR, PR, VR, GsR), at most 60 characters.";
    public const string AddressRule = "An address of 1 to 300 characters is required.";
    public const string PostalCodeRule = "A German postal code of five digits is required.";
    public const string LatitudeRule = "A latitude in WGS 84 degrees from -90 to 90 is required.";
    public const string LongitudeRule = "A longitude in WGS 84 degrees from -180 to 180 is required.";
    public const string AreaCodeRule = "An area code is lower-case letters, digits and '-', at most 32 characters, as the inventory defines it.";
    public const string EmployeesRule = "Employees: a whole number from 0 to 1,000,000.";
    public const string AmongEmployeesRule = "Incomings and Outgoings are counted among the employees: each at least 0, together at most the employees.";

    public static string? CheckName(string? name) => name?.Trim() is { Length: > 0 and <= MaxNameLength } ? null : NameRule;

    public static string? CheckTradeRegister(string? number) =>
        number is null || (number.Trim().Length <= 60 && TradeRegister().IsMatch(PartnerKey.Normalise(number))) ? null : TradeRegisterRule;

    public static string? CheckSector(string? sector) => WzCodes.IsValid(sector) ? null : WzCodes.Rule;

    public static string? CheckAddress(string? address) => address?.Trim() is { Length: > 0 and <= MaxAddressLength } ? null : AddressRule;

    public static string? CheckPostalCode(string? code) => code is not null && PostalCode().IsMatch(code.Trim()) ? null : PostalCodeRule;

    // NaN fails both comparisons, so it is refused like any other value out of range.
    public static string? CheckLatitude(double? latitude) => latitude is >= -90 and <= 90 ? null : LatitudeRule;

    public static string? CheckLongitude(double? longitude) => longitude is >= -180 and <= 180 ? null : LongitudeRule;

    public static string? CheckAreaCode(string? code) => code is null || AreaCode().IsMatch(code) ? null : AreaCodeRule;

    public static string? CheckEmployees(int? employees) => employees is null or (>= 0 and <= 1_000_000) ? null : EmployeesRule;

    public static string? CheckAmongEmployees(int employees, int incomings, int outgoings) =>
        incomings >= 0 && outgoings >= 0 && incomings + outgoings <= employees ? null : AmongEmployeesRule;

    [GeneratedRegex(@"^(.*\b)?(HRA|HRB|GnR|PR|VR|GsR) ?\d{1,7}( ?[A-Z]{1,3})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TradeRegister();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCode();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex AreaCode();
}
