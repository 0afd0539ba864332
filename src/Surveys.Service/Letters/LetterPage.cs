using GutAusgestattet.Surveys.Surveys;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace GutAusgestattet.Surveys.Letters;

/// <summary>What letters and posters share: the A4 page, the fonts, the sender and contact lines, the QR code.</summary>
public static class LetterPage
{
    public const double Mm = 72 / 25.4;
    public const double Width = 210 * Mm;
    public const double Height = 297 * Mm;

    public static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(85, 85, 85));

    /// <summary>
    /// Unicode encoding, so that every script prints and PDF readers (and pdftotext) can copy the
    /// text. The font files are embedded whole: PDFsharp's subsets keep the parts of a composite
    /// glyph but not the parts of those parts, and DejaVu builds many letters that way (Arabic
    /// أ إ ئ, initial ب ت ن, Cyrillic ё ї), which then print without their hamza or dots.
    /// </summary>
    public static XFont Font(string family, double size, bool bold = false)
    {
        LetterFonts.Register();
        return new XFont(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.EmbedCompleteFontFile));
    }

    public static PdfDocument NewDocument(string title)
    {
        LetterFonts.Register();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "Gut ausgestattet";
        document.Options.CompressContentStreams = true;
        return document;
    }

    public static XGraphics NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        return XGraphics.FromPdfPage(page);
    }

    public static byte[] Save(PdfDocument document)
    {
        using var pdf = new MemoryStream();
        document.Save(pdf, closeStream: false);
        return pdf.ToArray();
    }

    /// <summary>
    /// Marks an inserted value (a name, an address, a phone number) as a bidi isolate, so that in an
    /// Arabic line it keeps its own order, and is not itself reordered by the text around it.
    /// </summary>
    public static string Isolate(string value) => string.Join('\n', value.Split('\n').Select(line => $"\u2068{line.Trim()}\u2069"));

    /// <summary>Who sends the letter; the generic wording when the survey names no one responsible.</summary>
    public static string Sender(Responsible? responsible, LetterText text) =>
        responsible is null ? text.GenericSender : $"{Isolate(responsible.Municipality)}\n{Isolate(responsible.Office)}";

    public static IEnumerable<string> Contact(Responsible? responsible, LetterText text)
    {
        if (responsible is null)
        {
            yield return text.NoContact;
            yield break;
        }
        yield return $"{text.ContactIntro} {Isolate(responsible.Office)}, {Isolate(responsible.Municipality)}";
        yield return Isolate(responsible.Address);
        yield return responsible.Phone is { } phone
            ? $"{text.Email}: {Isolate(responsible.Email)}  ·  {text.Phone}: {Isolate(phone)}"
            : $"{text.Email}: {Isolate(responsible.Email)}";
        if (responsible.DataProtectionOfficer is { } officer) yield return $"{text.DataProtection}: {Isolate(officer)}";
    }

    /// <summary>
    /// Draws the code as vectors, a rectangle for each horizontal run of dark modules, filled as one
    /// path: it stays sharp at any print resolution, and no hairline seams show between
    /// neighbouring modules when it is rasterised.
    /// </summary>
    public static void DrawQr(XGraphics graphics, string text, double x, double y, double size)
    {
        var modules = QrCodes.Modules(text);
        var module = size / modules.Length;
        var runs = new List<XRect>();
        for (var row = 0; row < modules.Length; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (!modules[row][column]) continue;
                var end = column;
                while (end < modules[row].Length && modules[row][end]) end++;
                runs.Add(new XRect(x + column * module, y + row * module, (end - column) * module, module));
                column = end;
            }
        }
        graphics.DrawRectangles(XBrushes.Black, runs.ToArray());
    }

    /// <summary>The largest size up to <paramref name="size"/> at which <paramref name="text"/> fits <paramref name="width"/>: a long public address still prints on one line.</summary>
    public static XFont Fitting(XGraphics measure, string text, string family, double size, double width, bool bold = false)
    {
        var font = Font(family, size, bold);
        var needed = measure.MeasureString(text, font).Width;
        return needed <= width ? font : Font(family, Math.Floor(size * width / needed * 10) / 10, bold);
    }
}
