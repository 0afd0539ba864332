using System.Text.RegularExpressions;

namespace GutAusgestattet.Partners.Registry;

/// <summary>
/// The stable key that finds a partner again, in an import or against a duplicate: its trade-register
/// entry where it has one (<c>hr:HRB 12345</c>), else its name (<c>name:bäckerei müller</c>), both with
/// case and spacing normalised so that a re-typed file still matches.
/// </summary>
public static partial class PartnerKey
{
    public static string Of(string? tradeRegisterNumber, string name) =>
        string.IsNullOrWhiteSpace(tradeRegisterNumber)
            ? "name:" + Normalise(name).ToLowerInvariant()
            : "hr:" + Normalise(tradeRegisterNumber).ToUpperInvariant();

    /// <summary>The site's key within its partner: postal code and street address.</summary>
    public static string OfSite(PartnerSite site) => $"{site.PostalCode}|{Normalise(site.Address).ToLowerInvariant()}";

    public static string Normalise(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
