using System.Net.Mail;
using System.Text.RegularExpressions;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.Contacts;

/// <summary>What a planner sends to record or correct a contact person.</summary>
/// <param name="Name">1 to 200 characters; required.</param>
/// <param name="Role">The person's role at the partner, at most 200 characters.</param>
/// <param name="Email">A valid e-mail address, e.g. <c>anna.schmidt@example.de</c>; optional.</param>
/// <param name="Phone">5 to 30 digits, spaces, +, (, ), / or -; optional.</param>
/// <param name="LegalBasis">The legal basis for keeping the contact: consent, contract, publicTask or legitimateInterest; required.</param>
/// <param name="BasisDate">The date of the consent (required with <c>consent</c>) or of the basis otherwise; not in the future.</param>
public sealed partial record ContactRequest(
    string? Name = null, string? Role = null, string? Email = null, string? Phone = null, LegalBasis? LegalBasis = null, DateOnly? BasisDate = null)
{
    public RequestValidation Validate(DateOnly latest) => new RequestValidation()
        .Require(Name?.Trim() is { Length: > 0 and <= 200 }, "name", "A name of 1 to 200 characters is required.")
        .Require(Role is null || Role.Trim().Length <= 200, "role", "A role has at most 200 characters.")
        .Require(Email is null || IsEmail(Email.Trim()), "email", "Not a valid e-mail address, e.g. anna.schmidt@example.de.")
        .Require(Phone is null || PhoneNumber().IsMatch(Phone.Trim()), "phone", "A phone number of 5 to 30 digits, spaces, +, (, ), / or -.")
        .Require(LegalBasis is not null, "legalBasis", "The legal basis is required: consent, contract, publicTask or legitimateInterest.")
        .Require(LegalBasis is not Contacts.LegalBasis.Consent || BasisDate is not null, "basisDate", "With consent, the date of the consent is required.")
        .Require(BasisDate is null || BasisDate <= latest, "basisDate", "The date lies in the future.");

    public static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text
        && address.Host.Contains('.') && !address.Host.EndsWith('.');

    public void ApplyTo(Contact contact)
    {
        contact.Name = Name!.Trim();
        contact.Role = Blank(Role);
        contact.Email = Blank(Email);
        contact.Phone = Blank(Phone);
        contact.LegalBasis = LegalBasis!.Value;
        contact.BasisDate = BasisDate;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\+?[0-9 ()/-]{5,30}$")]
    private static partial Regex PhoneNumber();
}
