using PdfSharp.Fonts;

namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// Gives PDFsharp the DejaVu fonts embedded in this assembly (the build installs them from npm, see
/// Surveys.Service.csproj). PDFsharp finds no fonts by itself on Linux, and system fonts differ
/// between machines and are missing in containers; embedded fonts print the same everywhere.
/// DejaVu Sans covers Latin (Turkish and Polish letters included), Cyrillic and Arabic with its
/// presentation forms, so one family serves every letter language.
/// </summary>
public sealed class LetterFonts : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

    private LetterFonts() { }

    /// <summary>PDFsharp takes one resolver per process, set before its first font: this sets it once.</summary>
    public static void Register() => _ = Registration.Value;

    private static readonly Lazy<bool> Registration = new(() =>
    {
        GlobalFontSettings.FontResolver = new LetterFonts();
        return true;
    });

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
    {
        Sans => new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic),
        Mono => new FontResolverInfo(bold ? "DejaVuSansMono-Bold" : "DejaVuSansMono", false, italic),
        _ => null,
    };

    /// <summary>Called once per face: PDFsharp keeps the font it made from the bytes.</summary>
    public byte[]? GetFont(string faceName)
    {
        using var resource = typeof(LetterFonts).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not embedded; the build installs it with npm ci in Letters/Fonts.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }
}
