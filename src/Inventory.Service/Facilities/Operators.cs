using System.Text.RegularExpressions;

namespace GutAusgestattet.Inventory.Facilities;

/// <summary>An operator recognised by its name: the association (or kind of operator) as planners know it, and its type.</summary>
public sealed record KnownOperator(string Name, OperatorType Type);

/// <summary>
/// Who runs a facility, recognised from the operator's name as open data writes it ("AWO Kreisverband
/// Nürnberg e.V.", "Ev.-Luth. Kirchengemeinde St. Peter"): the free welfare associations with their short
/// forms, church parishes, the Danish minority's school association, and municipalities. The first entry
/// whose pattern occurs in the name wins, so "Caritasverband der Kirchengemeinde" is Caritas, and
/// "Kirchengemeinde" is no municipality. The Dansk Skoleforening for Sydslesvig is a private non-profit
/// school association (e.V.), not a welfare association: <see cref="OperatorType.Private"/>, as OSM's
/// <c>operator:type=private_non_profit</c>.
/// </summary>
public static partial class Operators
{
    private static readonly (KnownOperator Operator, Regex Pattern)[] Table =
    [
        (new("Arbeiterwohlfahrt (AWO)", OperatorType.Welfare), Pattern(@"\bAWO\b|Arbeiterwohlfahrt")),
        (new("Caritas", OperatorType.Welfare), Pattern(@"Caritas")),
        (new("Diakonie", OperatorType.Welfare), Pattern(@"\bDiako")),
        (new("Deutsches Rotes Kreuz (DRK)", OperatorType.Welfare), Pattern(@"\bDRK\b|Rote[sn]?\s+Kreuz")),
        (new("Der Paritätische (DPWV)", OperatorType.Welfare), Pattern(@"Parit(ä|ae)tische|\bDPWV\b")),
        (new("Kinderschutzbund (DKSB)", OperatorType.Welfare), Pattern(@"Kinderschutzbund|\bDKSB\b")),
        (new("Lebenshilfe", OperatorType.Welfare), Pattern(@"Lebenshilfe")),
        (new("Johanniter", OperatorType.Welfare), Pattern(@"Johanniter")),
        (new("Malteser", OperatorType.Welfare), Pattern(@"Malteser")),
        (new("Volkssolidarität", OperatorType.Welfare), Pattern(@"Volkssolidarit(ä|ae)t")),
        (new("Arbeiter-Samariter-Bund (ASB)", OperatorType.Welfare), Pattern(@"\bASB\b|Samariter")),
        (new("Dansk Skoleforening for Sydslesvig", OperatorType.Private), Pattern(@"Dansk\s+Skoleforening|Skoleforeningen")),
        (new("Kirchengemeinde", OperatorType.Welfare),
            Pattern(@"Kirch(en)?gemeinde|Kirchenkreis|Pfarr(ei|amt|gemeinde)|Dekanat|Bistum|\bEv(g|ang)?\.|\bKath\.|evangelisch|katholisch")),
        (new("Kommune", OperatorType.Municipal),
            // "Stadt Nürnberg", "Kita der Stadt Kiel": the word before a name (case matters there, "stadt" is part of many names).
            Pattern(@"(?-i:\b(Stadt|Gemeinde|Markt|Landkreis|Kreis|Amt|Samtgemeinde|Verbandsgemeinde|Hansestadt|Landeshauptstadt)\s+\p{Lu})|Stadtverwaltung|Jugendamt|\bStädtisch|\bKommunal")),
    ];

    /// <summary>The operator the name belongs to, or null when it is none of the table.</summary>
    public static KnownOperator? Recognise(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Table.FirstOrDefault(entry => entry.Pattern.IsMatch(name)).Operator;

    /// <summary>
    /// <c>operator:type</c> as OSM uses it, else the type of the recognised <c>operator</c> name, else <c>other</c>;
    /// <paramref name="unknown"/> says that a name was given that neither says.
    /// </summary>
    public static OperatorType TypeOf(string? operatorType, string? operatorName, out bool unknown)
    {
        unknown = false;
        switch (operatorType?.Trim().ToLowerInvariant())
        {
            case "public" or "government" or "municipal":
                return OperatorType.Municipal;
            case "religious" or "ngo" or "charitable" or "community" or "cooperative":
                return OperatorType.Welfare;
            case "private" or "private_non_profit":
                return OperatorType.Private;
            case "company" or "business" or "corporate":
                return OperatorType.Company;
        }
        if (Recognise(operatorName) is { } known) return known.Type;
        unknown = !string.IsNullOrWhiteSpace(operatorName);
        return OperatorType.Other;
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
