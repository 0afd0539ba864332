using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.Contacts;

/// <summary>The contact person form as typed, so a refused save shows exactly what the planner wrote.</summary>
public sealed record ContactForm(string Name, string Role, string Email, string Phone, string LegalBasis, string BasisDate)
{
    /// <summary>The grounds of GDPR Art. 6(1) a contact's data may rest on, as Partners names them.</summary>
    public static readonly IReadOnlyList<string> LegalBases = ["consent", "contract", "publicTask", "legitimateInterest"];

    private static readonly string[] Fields = ["name", "role", "email", "phone", "legalBasis", "basisDate"];

    public static readonly ContactForm Empty = new("", "", "", "", "", "");

    public static ContactForm Of(Contact contact) =>
        new(contact.Name, contact.Role ?? "", contact.Email ?? "", contact.Phone ?? "", contact.LegalBasis, TypedInput.Show(contact.BasisDate));

    public static ContactForm Read(IFormCollection form) =>
        new(form["name"].ToString(), form["role"].ToString(), form["email"].ToString(), form["phone"].ToString(), form["legalBasis"].ToString(),
            form["basisDate"].ToString());

    /// <summary>The request, or the rule the typed date breaks; every other rule (consent needs its date, …) is Partners' to check.</summary>
    public ContactChange? ToChange(out List<InputRule> rules)
    {
        rules = [];
        var date = BasisDate.Trim().Length == 0 ? null : TypedInput.Day(BasisDate);
        if (BasisDate.Trim().Length > 0 && date is null) rules.Add(new InputRule("basisDate", "Offer_DateRule"));
        return rules.Count > 0 ? null
            : new ContactChange(Name.Trim(), Optional(Role), Optional(Email), Optional(Phone), LegalBases.Contains(LegalBasis) ? LegalBasis : null, date);
    }

    /// <summary>The control a field of Partners' refusal belongs to; anything else lies with the name.</summary>
    public static string FieldIdOf(string field) => Fields.Contains(field) ? field : "name";

    private static string? Optional(string text) => text.Trim().Length == 0 ? null : text.Trim();
}
