namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// How offers and needs spread over the 11 categories: childcare dominates the offer, needs lean
/// towards the hours and kinds that are short (Krippe, off-peak, night and short-term care).
/// </summary>
internal static class CategoryMix
{
    private static readonly (string Category, double Offers, double Needs)[] Shares =
    [
        ("krippe", 0.14, 0.18), ("kita", 0.30, 0.22), ("hort", 0.12, 0.12), ("kindertagespflege", 0.14, 0.08),
        ("ferienbetreuung", 0.04, 0.06), ("randzeitenbetreuung", 0.03, 0.06), ("tagespflege", 0.06, 0.08),
        ("kurzzeitpflege", 0.03, 0.04), ("nachtpflege", 0.01, 0.03), ("ambulante-pflege", 0.10, 0.09), ("alltagsbegleitung", 0.03, 0.04),
    ];

    public static IEnumerable<string> Categories => Shares.Select(s => s.Category);

    public static string OfferCategory(Random rng) => Draw(rng, s => s.Offers);

    public static string NeedCategory(Random rng) => Draw(rng, s => s.Needs);

    private static string Draw(Random rng, Func<(string Category, double Offers, double Needs), double> share)
    {
        var u = rng.NextDouble();
        foreach (var s in Shares)
        {
            if (u < share(s)) return s.Category;
            u -= share(s);
        }
        return Shares[^1].Category;
    }
}
