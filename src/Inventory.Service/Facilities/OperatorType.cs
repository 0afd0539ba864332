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
}
