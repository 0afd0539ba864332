namespace GutAusgestattet.PlannerWeb.SchoolHolidays;

/// <summary>The files Gaps reads school holidays from.</summary>
public static class HolidayFiles
{
    /// <summary>iCalendar as the ministries and OpenHolidays publish it, or a CSV table; null for anything else.</summary>
    public static string? MediaTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".ics" => "text/calendar",
        ".csv" or ".txt" => "text/csv",
        _ => null,
    };
}
