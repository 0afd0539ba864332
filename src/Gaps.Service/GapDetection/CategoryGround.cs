using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// What a category's comparison rests on besides its offers and needs: the areas' centres and its
/// serving distance. A kept state is compared with the current one before use, since an area event
/// racing a refresh may commit after the refresh loaded the areas without marking the category.
/// </summary>
public sealed record CategoryGround(IReadOnlySet<AreaInput> Areas, double Km)
{
    public static CategoryGround Of(TenantInput input, string category) => new(input.Areas.ToHashSet(), ServingDistances.For(category, input.ServingKm));

    public bool Matches(CategoryGround other) => Km == other.Km && Areas.SetEquals(other.Areas);
}
