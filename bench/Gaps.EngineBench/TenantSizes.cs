namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// How Germany's municipalities differ in size: Zipf-like, rank <c>r</c> gets a share ∝ <c>r^-0.85</c>
/// (with jitter below the top cities). Over 10,800 ranks this gives the largest ≈ 4.5 % of the country
/// (Berlin's share of the population) and the median ≈ 2,000 inhabitants, as in the real distribution.
/// </summary>
internal static class TenantSizes
{
    public const double Population = 83_000_000;
    private const double Exponent = 0.85;
    private const int UnjitteredTop = 20;

    public static double[] Shares(int tenants, Random rng)
    {
        var shares = new double[tenants];
        for (var r = 0; r < tenants; r++)
        {
            var jitter = r < UnjitteredTop ? 1 : Math.Exp(0.3 * Gaussian(rng));
            shares[r] = Math.Pow(r + 1, -Exponent) * jitter;
        }
        var sum = shares.Sum();
        for (var r = 0; r < tenants; r++) shares[r] /= sum;
        return shares;
    }

    /// <summary>Splits <paramref name="total"/> by <paramref name="shares"/>, each at least <paramref name="minimum"/>, summing exactly to the total.</summary>
    public static int[] Apportion(double[] shares, int total, int minimum)
    {
        var counts = shares.Select(s => Math.Max(minimum, (int)Math.Floor(total * s))).ToArray();
        var rest = total - counts.Sum();
        // Shares are ordered largest first: the few big tenants absorb the rounding either way.
        for (var i = 0; rest != 0; i = (i + 1) % counts.Length)
        {
            if (rest < 0 && counts[i] <= minimum) continue;
            counts[i] += Math.Sign(rest);
            rest -= Math.Sign(rest);
        }
        return counts;
    }

    /// <summary>Areas (Ortsteile): one per ≈30,000 inhabitants in towns and cities (at most 120), one to three in villages.</summary>
    public static int Areas(double share, Random rng)
    {
        var inhabitants = share * Population;
        return inhabitants >= 45_000 ? Math.Min(120, (int)Math.Round(inhabitants / 30_000)) : 1 + rng.Next(3);
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
