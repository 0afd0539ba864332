using GutAusgestattet.Surveys.Surveys;
using PdfSharp.Drawing;
using static GutAusgestattet.Surveys.Letters.LetterPage;

namespace GutAusgestattet.Surveys.Letters;

/// <summary>
/// Invitation letters: one A4 page per household with its personal link, as text and as a QR
/// code, and its one-time code. Every page says why the survey is done, that answering is
/// voluntary and anonymous, how to answer, what the code and the receipt code are for, and whom
/// to ask.
/// </summary>
public static class InvitationLetters
{
    private const double Margin = 22 * Mm;
    private const double QrSize = 48 * Mm;
    private const double Gap = 7 * Mm;

    /// <summary>Where each letter's own link, code and QR code go, beside the text all letters share.</summary>
    private sealed record PersonalPlaces(double QrX, double QrY, double Left, double Width, double LinkY, XFont LinkFont, double CodeY);

    /// <param name="invitations">Each household's code and the link it opens; the links all have the same length.</param>
    public static byte[] Render(string title, Responsible? responsible, LetterText text, IReadOnlyList<(string Code, string Link)> invitations)
    {
        using var document = NewDocument(title);
        // The text all letters share is drawn once, as a form each page shows: a batch of
        // thousands of letters stays small and quick to make.
        var letter = new XForm(document, new XSize(Width, Height));
        var places = DrawSharedText(letter, title, responsible, text, invitations.Count > 0 ? invitations[0].Link : "");
        var codeFont = Font(LetterFonts.Mono, 22, bold: true);
        foreach (var (code, link) in invitations)
        {
            using var page = NewPage(document);
            page.DrawImage(letter, 0, 0);
            var personal = new TextColumn(page, places.Left, places.Width, text.RightToLeft) { Y = places.LinkY }.Verbatim(link, places.LinkFont);
            personal.Y = places.CodeY;
            personal.Verbatim(code, codeFont);
            DrawQr(page, link, places.QrX, places.QrY, QrSize);
        }
        return Save(document);
    }

    private static PersonalPlaces DrawSharedText(XForm letter, string title, Responsible? responsible, LetterText text, string sampleLink)
    {
        using var graphics = XGraphics.FromForm(letter);
        var rtl = text.RightToLeft;
        var body = Font(LetterFonts.Sans, 10.5);
        var small = Font(LetterFonts.Sans, 9);
        var column = new TextColumn(graphics, Margin, Width - 2 * Margin, rtl) { Y = 16 * Mm };
        column.Paragraph(Sender(responsible, text), Font(LetterFonts.Sans, 10, bold: true));
        if (responsible is not null) column.Paragraph(Isolate(responsible.Address), small, Grey);
        column.Space(12 * Mm)
            .Paragraph(text.Kicker, Font(LetterFonts.Sans, 10), Grey, spaceAfter: 1 * Mm)
            .Paragraph(title, Font(LetterFonts.Sans, 16, bold: true), spaceAfter: 6 * Mm)
            .Paragraph(text.Greeting, body, spaceAfter: 2 * Mm)
            .Paragraph(text.Purpose, body, spaceAfter: 3 * Mm)
            .Paragraph(text.Voluntary, Font(LetterFonts.Sans, 10.5, bold: true), spaceAfter: 3 * Mm)
            .Paragraph(text.HowTo, body, spaceAfter: 6 * Mm);

        // The QR code on the side where lines start, the printed link and code beside it.
        var qrY = column.Y;
        var side = new TextColumn(graphics, rtl ? Margin : Margin + QrSize + Gap, column.Width - QrSize - Gap, rtl) { Y = qrY + 4 * Mm };
        side.Paragraph(text.LinkLabel, small, Grey);
        var linkY = side.Y;
        var linkFont = Fitting(graphics, sampleLink, LetterFonts.Mono, 10.5, side.Width);
        side.Space(linkFont.Size * 1.3 + 7 * Mm).Paragraph(text.CodeLabel, small, Grey);
        var places = new PersonalPlaces(rtl ? Width - Margin - QrSize : Margin, qrY, side.Left, side.Width, linkY, linkFont, side.Y + 1 * Mm);

        column.Y = qrY + QrSize + 6 * Mm;
        column.Paragraph(text.OneTime, body, spaceAfter: 6 * Mm);
        foreach (var line in Contact(responsible, text)) column.Paragraph(line, small);
        column.Space(5 * Mm).Paragraph(text.Thanks, body);
        return places;
    }
}
