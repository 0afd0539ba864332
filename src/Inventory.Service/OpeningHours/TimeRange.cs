namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// One opening span that starts on some weekday, in minutes after that day's midnight.
/// An end before the start runs past midnight into the next day (22:00-06:00);
/// an end of 1440 is 24:00.
/// </summary>
public sealed record TimeRange
{
    public const int MinutesPerDay = 1440;

    /// <exception cref="ArgumentOutOfRangeException">The minutes are out of range or the range is empty.</exception>
    public TimeRange(int fromMinute, int toMinute)
    {
        if (Problem(fromMinute, toMinute) is { } problem)
        {
            throw new ArgumentOutOfRangeException(fromMinute is < 0 or >= MinutesPerDay ? nameof(fromMinute) : nameof(toMinute), problem);
        }

        FromMinute = fromMinute;
        // 22:00-00:00 and 22:00-24:00 close at the same moment; one spelling keeps value equality honest.
        ToMinute = toMinute == 0 ? MinutesPerDay : toMinute;
    }

    /// <summary>Start, 0–1439.</summary>
    public int FromMinute { get; }

    /// <summary>End, 1–1440; below <see cref="FromMinute"/> when the range runs overnight.</summary>
    public int ToMinute { get; }

    public bool IsOvernight => ToMinute < FromMinute;

    /// <summary>Why the minutes make no range, or null when they do.</summary>
    internal static string? Problem(int fromMinute, int toMinute) =>
        fromMinute is < 0 or >= MinutesPerDay ? $"start {fromMinute} is out of range 0–1439 minutes (00:00–23:59)"
        : toMinute is < 0 or > MinutesPerDay ? $"end {toMinute} is out of range 0–1440 minutes (00:00–24:00)"
        : toMinute == fromMinute ? "the end equals the start; for a whole day use 00:00-24:00"
        : null;

    public override string ToString() => $"{Format(FromMinute)}-{Format(ToMinute)}";

    internal static string Format(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
