using System.Diagnostics.CodeAnalysis;

namespace GutAusgestattet.ServiceDefaults.Tenancy;

/// <summary>
/// Amtlicher Gemeindeschlüssel: 8 digits naming one municipality. Digits 1–2 are the state
/// (01–16), 1–5 the district (Kreis). It is the tenant key throughout the platform.
/// </summary>
public readonly record struct Ags
{
    private Ags(string value) => Value = value;

    public string Value { get; }

    public string StateCode => Value[..2];

    public string DistrictCode => Value[..5];

    public override string ToString() => Value;

    public static bool TryParse([NotNullWhen(true)] string? text, out Ags ags, out string? error)
    {
        ags = default;
        error = Validate(text);
        if (error is not null) return false;
        ags = new Ags(text!);
        return true;
    }

    public static Ags Parse(string text) =>
        TryParse(text, out var ags, out var error) ? ags : throw new FormatException(error);

    private static string? Validate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "An AGS is required.";
        if (text.Length != 8 || !text.All(char.IsAsciiDigit)) return "An AGS has exactly 8 digits.";
        var state = int.Parse(text.AsSpan(0, 2));
        if (state is < 1 or > 16) return "An AGS starts with a state code from 01 to 16.";
        return null;
    }
}
