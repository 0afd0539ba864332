namespace GutAusgestattet.Contracts.Catalogue;

/// <summary>The Amtlicher Gemeindeschlüssel that names a tenant.</summary>
internal static class Ags
{
    // Two digits of Land (01 to 16), then district and municipality digits.
    public const string Pattern = "^(0[1-9]|1[0-6])[0-9]{6}$";
}
