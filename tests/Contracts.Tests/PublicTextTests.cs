namespace GutAusgestattet.Contracts.Tests;

public class PublicTextTests
{
    [Theory]
    [InlineData("Anmeldung bei m.mueller@example.org")]
    [InlineData("Kontakt: kita.igel@stadt-beispiel.de.")]
    [InlineData("Frau Meier, 0911 123456")]
    [InlineData("Rückfragen +49 911 1234567")]
    [InlineData("(0911) 12 34 56")]
    [InlineData("0911/1234567")]
    [InlineData("Handy 0171-1234567")]
    public void Contact_details_are_refused(string text) => Assert.Equal(PublicText.Rule, PublicText.Check(text));

    [Theory]
    [InlineData(null)]
    [InlineData("Krippe Sonnenschein, Gruppe Igel")]
    [InlineData("Sommerschließung 02.08.2027–20.08.2027")]
    [InlineData("1.250 € im Monat, Essensgeld 0,50 € am Tag")]
    [InlineData("Förderung nach § 24 SGB VIII, 2027–2028, 40 % Stadt")]
    [InlineData("Haus am Markt, 01067 Dresden")]
    [InlineData("Mo-Fr 06:00-17:00, Bus 07:15")]
    [InlineData("Aktenzeichen 2026/0815-17")]
    public void Texts_about_offers_places_and_money_pass(string? text) => Assert.Null(PublicText.Check(text));
}
