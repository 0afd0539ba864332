namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The day as the services count it: in the municipalities' time zone. Between 22:00 or 23:00 UTC and midnight it is
/// already tomorrow there, so "tomorrow" in UTC is today for them (a change planned for it takes effect at once).
/// </summary>
public static class MunicipalTime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Berlin));
}
