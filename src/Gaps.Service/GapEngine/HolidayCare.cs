using GutAusgestattet.Contracts;

namespace GutAusgestattet.Gaps.GapEngine;

/// <summary>
/// Holiday care (Ferienbetreuung) is care during the school holidays, so the tenant's school holidays bound both sides of
/// the category: a need of it exists only on the days of its period that fall in the school holidays (outside them it is no
/// need, and so no gap), and an offer of it is open — within its opening hours and closures — only on school-holiday days.
/// A tenant without school holidays entered has no holiday-care demand and no holiday-care offer open. Every other category
/// is untouched: a Hort need in the holidays stays a Hort need, and a Hort with <c>SH off</c> leaves it a Hort time gap
/// that a holiday-care offer does not close (categories never share places).
/// </summary>
public static class HolidayCare
{
    public const string Category = CareCategories.HolidayCare;

    public static bool Is(string category) => category == Category;
}
