namespace GutAusgestattet.Inventory.OpeningHours;

/// <summary>
/// One range as the JSON API sends it. Minutes rather than <see cref="TimeOnly"/>, because an
/// opening that lasts until midnight must be able to say 24:00 (1440).
/// </summary>
/// <param name="Day">The weekday the range starts on.</param>
/// <param name="FromMinute">Start, 0–1439.</param>
/// <param name="ToMinute">End, 1–1440; below the start for a range that runs overnight.</param>
public readonly record struct DayRange(DayOfWeek Day, int FromMinute, int ToMinute);
