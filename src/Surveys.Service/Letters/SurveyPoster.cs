using GutAusgestattet.Surveys.Surveys;
using PdfSharp.Drawing;
using static GutAusgestattet.Surveys.Letters.LetterPage;

namespace GutAusgestattet.Surveys.Letters;

/// <summary>An A4 poster for the survey's open link: title, short purpose, a large QR code, the printed link and whom to ask.</summary>
public static class SurveyPoster
{
    private const double Margin = 20 * Mm;
    private const double QrSize = 105 * Mm;

    public static byte[] Render(string title, Responsible? responsible, LetterText text, string link)
    {
        using var document = NewDocument(title);
        // The page's content is written when its graphics end, so before the document is saved.
        using (var page = NewPage(document)) Draw(page, title, responsible, text, link);
        return Save(document);
    }

    private static void Draw(XGraphics page, string title, Responsible? responsible, LetterText text, string link)
    {
        var column = new TextColumn(page, Margin, Width - 2 * Margin, text.RightToLeft) { Y = 18 * Mm };
        column.Paragraph(Sender(responsible, text), Font(LetterFonts.Sans, 12, bold: true), Grey, spaceAfter: 8 * Mm)
            .Paragraph(title, Font(LetterFonts.Sans, 26, bold: true), spaceAfter: 7 * Mm)
            .Paragraph(text.PosterQuestion, Font(LetterFonts.Sans, 16, bold: true), spaceAfter: 2 * Mm)
            .Paragraph(text.PosterPurpose, Font(LetterFonts.Sans, 14), spaceAfter: 2 * Mm)
            .Paragraph(text.PosterAnonymous, Font(LetterFonts.Sans, 14), spaceAfter: 8 * Mm);
        DrawQr(page, link, (Width - QrSize) / 2, column.Y, QrSize);
        column.Space(QrSize + 4 * Mm)
            .Paragraph(text.PosterHowTo, Font(LetterFonts.Sans, 13), alignment: LineAlignment.Center, spaceAfter: 1 * Mm)
            .Verbatim(link, Fitting(page, link, LetterFonts.Mono, 15, column.Width, bold: true), alignment: LineAlignment.Center, spaceAfter: 12 * Mm);
        foreach (var line in Contact(responsible, text)) column.Paragraph(line, Font(LetterFonts.Sans, 10), Grey);
    }
}
