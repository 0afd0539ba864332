using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.SchoolHolidays;

/// <summary>A school holiday period as a planner or a file gives it: first and last day (inclusive) and its name.</summary>
/// <param name="From">First day of the holidays.</param>
/// <param name="To">Last day of the holidays (inclusive).</param>
/// <param name="Name">e.g. "Sommerferien 2027"; at most 200 characters.</param>
public sealed record HolidayPeriod(DateOnly? From, DateOnly? To, string? Name)
{
    /// <summary>The longest period taken: German summer holidays last six to seven weeks; anything far longer is a typing error.</summary>
    public const int MaxDays = 100;

    public const int MaxName = 200;

    /// <summary>The rules a period must keep, each under its field (prefixed with <paramref name="key"/>).</summary>
    public void Validate(RequestValidation validation, string key = "")
    {
        validation.Require(From is not null, key + "from", "The first day is required (yyyy-mm-dd).");
        validation.Require(To is not null, key + "to", "The last day is required (yyyy-mm-dd).");
        if (From is { } from && To is { } to)
        {
            validation.Require(to >= from, key + "to", "The last day cannot lie before the first.");
            validation.Require(to.DayNumber - from.DayNumber < MaxDays, key + "to", $"A holiday period lasts at most {MaxDays} days.");
        }
        validation.Require(!string.IsNullOrWhiteSpace(Name), key + "name", "A name is required, e.g. 'Sommerferien 2027'.");
        validation.Require((Name?.Length ?? 0) <= MaxName, key + "name", $"At most {MaxName} characters.");
    }
}
