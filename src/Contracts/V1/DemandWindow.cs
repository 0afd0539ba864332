namespace GutAusgestattet.Contracts.V1;

/// <summary>
/// One weekly window in which care is needed, on one weekday: minutes since that day's midnight.
/// An overnight window starts on <paramref name="Day"/> and ends on the next day at <paramref name="ToMinute"/>.
/// </summary>
/// <param name="Day">The weekday the window starts on.</param>
/// <param name="FromMinute">Start, minutes after midnight (0–1439).</param>
/// <param name="ToMinute">End, minutes after midnight (1–1440); the next day's when <paramref name="Overnight"/>.</param>
/// <param name="Overnight">Whether the window runs past midnight into the next day.</param>
/// <param name="Place">Where the care is needed in this window (<see cref="CarePlaces"/>): <c>home</c> (near the household's home,
/// <see cref="DemandItem.AreaCode"/>), <c>workplace</c> (near the multilocal member's workplace) or <c>either</c>; null means home.</param>
/// <param name="AreaCode">For a window near the workplace or either: the workplace's area in the municipality
/// <see cref="DemandItem.WorkplaceAgs"/> names — the tenant's own or another sharing the platform; null for a municipality outside
/// the platform, or when the care is needed at home.</param>
public sealed record DemandWindow(DayOfWeek Day, int FromMinute, int ToMinute, bool Overnight, string? Place = null, string? AreaCode = null);
