namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// One interval of a reference week, within one weekday: minutes since that day's midnight,
/// <paramref name="FromMinute"/> &lt; <paramref name="ToMinute"/> ≤ 1440. An overnight range
/// (e.g. Mo 22:00–06:00) arrives split at midnight into two intervals.
/// </summary>
/// <param name="Day">The weekday.</param>
/// <param name="FromMinute">Start, minutes after midnight (0–1439).</param>
/// <param name="ToMinute">End, minutes after midnight (1–1440).</param>
public sealed record WeeklyInterval(DayOfWeek Day, int FromMinute, int ToMinute);
