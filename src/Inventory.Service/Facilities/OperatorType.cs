namespace GutAusgestattet.Inventory.Facilities;

/// <summary>Who runs a facility (Träger).</summary>
public enum OperatorType
{
    Municipal,

    /// <summary>Church or welfare association: Caritas, Diakonie, AWO, DRK …</summary>
    Welfare,
    Private,
    Company,
    Other,
}

public static class OperatorTypes
{
    public static string ToCode(this OperatorType type) => type.ToString().ToLowerInvariant();

    /// <summary>Reads a code (<c>municipal</c>, <c>welfare</c> …) in any case; numbers are no codes.</summary>
    public static bool TryParse(string code, out OperatorType type) =>
        Enum.TryParse(code.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type) && !char.IsDigit(code.Trim()[0]);
}
