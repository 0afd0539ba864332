using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;

namespace GutAusgestattet.PlannerWeb.SchoolHolidays;

/// <summary>A school holiday period as typed, so a refused save shows exactly what the planner wrote.</summary>
public sealed record HolidayForm(string Name, string From, string To)
{
    private static readonly string[] Fields = ["name", "from", "to"];

    public static readonly HolidayForm Empty = new("", "", "");

    public static HolidayForm Of(SchoolHoliday holiday) => new(holiday.Name, TypedInput.Show(holiday.From), TypedInput.Show(holiday.To));

    public static HolidayForm Read(IFormCollection form) => new(form["name"].ToString(), form["from"].ToString(), form["to"].ToString());

    /// <summary>
    /// The period, or the rules what was typed breaks, in the page's words; Gaps checks the rest (at most 100 days, a name of
    /// at most 200 characters) and names the field.
    /// </summary>
    public HolidayPeriod? ToPeriod(out List<InputRule> rules)
    {
        rules = [];
        var (from, to) = (TypedInput.Day(From), TypedInput.Day(To));
        if (Name.Trim().Length == 0) rules.Add(new InputRule("name", "Holidays_NameRule"));
        if (from is null) rules.Add(new InputRule("from", "Offer_DateRule"));
        if (to is null) rules.Add(new InputRule("to", "Offer_DateRule"));
        else if (to < from) rules.Add(new InputRule("to", "Holidays_OrderRule"));
        return rules.Count > 0 ? null : new HolidayPeriod(from!.Value, to!.Value, Name.Trim());
    }

    /// <summary>The control a field of Gaps' refusal belongs to; anything else lies with the name.</summary>
    public static string FieldIdOf(string field) => Fields.Contains(field) ? field : "name";
}
