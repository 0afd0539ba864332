using System.Text.RegularExpressions;

namespace GutAusgestattet.Contracts;

/// <summary>
/// The rule for the free text public events carry — the names of areas, offers, facilities and of a new offer an
/// agreement creates, a municipality's own category name, a fee note, a closure's reason, an agreement's funding,
/// a survey's title and the name of the population a survey's waves ask: it speaks of places, offers and agreements,
/// never of persons. Every service checks it where the text is entered, so no event is the first to refuse it. A name can still be typed in; what this refuses is
/// what most often puts a person into such a note: an e-mail address or a phone number.
/// </summary>
public static partial class PublicText
{
    /// <summary>What a refused text is told, naming what it may not hold.</summary>
    public const string Rule = "This text travels in events to other services and must not be about a person: no e-mail address or phone number.";

    /// <summary><see cref="Rule"/> when <paramref name="text"/> holds an e-mail address or a phone number, else null.</summary>
    public static string? Check(string? text) => text is not null && (EmailAddress().IsMatch(text) || PhoneNumber().IsMatch(text)) ? Rule : null;

    [GeneratedRegex(@"[^\s@<>()""]+@[^\s@<>()""]+\.[^\s@<>()""]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    // +49 911 123456, 0911/123456, 0911-12 34 56, (0911) 123456: a leading + or 0, then at least seven digits with
    // single spaces, slashes, hyphens or brackets between them. Dates (01.02.2027), times, amounts and postal codes
    // have dots, colons or too few digits, so they pass.
    [GeneratedRegex(@"(?<![\w.,:])(?:\+|\(?0)\d(?:[ /()-]{0,2}\d){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
