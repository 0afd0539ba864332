using QRCoder;

namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// QR codes of the links on letters and posters. Error correction M (15 %) keeps a link of some
/// 60 characters small enough for large modules on a letter and still survives a crease or stain.
/// </summary>
public static class QrCodes
{
    /// <summary>The modules row by row, dark = true, with the 4-module quiet zone a scanner needs around the code.</summary>
    public static bool[][] Modules(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray()).ToArray();
    }

    /// <summary>A scalable SVG (viewBox, no fixed size) for a web page to size as it likes.</summary>
    public static string Svg(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(1, 1), drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
