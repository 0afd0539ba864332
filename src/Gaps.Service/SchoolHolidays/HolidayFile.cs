using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Gaps.SchoolHolidays;

/// <summary>The periods a holiday file holds, each with the line it starts on, and what is wrong with it.</summary>
public sealed record HolidayFile(IReadOnlyList<(int Line, HolidayPeriod Period)> Periods, IReadOnlyList<ImportError> Errors);
