using System.Text.Json;
using GutAusgestattet.Gaps.ReadModel;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.Persistence;

/// <summary>
/// Rows that many concurrent units of work touch — a category's cell, a stratum's weight — taken so that they wait for
/// each other on the row instead of colliding: inserted where missing without failing on the key, then locked by an
/// update until the commit. Answers of one stratum arrive together in a campaign; before this, each collision cost a
/// rolled-back transaction and a rerun (issue 17). Per provider, since neither has the other's upsert.
/// </summary>
public static class SharedRows
{
    /// <summary>Marks the categories' cells for the gap detection service, inserting the missing ones; the rows stay locked until the commit.</summary>
    /// <remarks>In the order given, so that units of work marking the same categories lock them in the same order.</remarks>
    public static Task MarkCellsAsync(GapsDbContext db, IReadOnlyList<string> categories, CancellationToken ct) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlRawAsync(PostgreSqlMarkCells, [db.CurrentTenantId!, categories.ToArray()], ct)
            : db.Database.ExecuteSqlRawAsync(SqlServerMarkCells, [db.CurrentTenantId!, JsonSerializer.Serialize(categories)], ct);

    /// <summary>
    /// The stratum's weight row, claimed for this unit of work: its <see cref="StratumWeight.Claims"/> bumped, which locks it
    /// until the commit, so that a concurrent unit of work weighing or reweighing the stratum waits and then sees this one's
    /// rows. A stratum without a weight yet gets a row with none (<see cref="StratumWeight.NoRevision"/>).
    /// </summary>
    public static async Task<StratumWeight> ClaimStratumAsync(GapsDbContext db, Guid survey, string area, string householdType, CancellationToken ct)
    {
        object[] key = [db.CurrentTenantId!, survey, area, householdType];
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? PostgreSqlInsertStratum : SqlServerInsertStratum, key, ct);
        var stratum = db.StratumWeights.Where(s => s.SurveyId == survey && s.AreaCode == area && s.HouseholdType == householdType);
        await stratum.ExecuteUpdateAsync(s => s.SetProperty(w => w.Claims, w => w.Claims + 1), ct);
        return await stratum.SingleAsync(ct);
    }

    /// <summary>
    /// Reads the tenant's ground — its areas, school holidays, serving distances, which every category stands on — under a shared
    /// lock until the commit: a refresh takes it before claiming its cell, so a change of the ground (<see cref="HoldGroundAsync"/>)
    /// either commits before the refresh reads the ground, or waits and then finds the refreshed category to mark.
    /// </summary>
    public static Task ShareGroundAsync(GapsDbContext db, CancellationToken ct) => LockGroundAsync(db, shared: true, ct);

    /// <summary>
    /// Locks the tenant's ground against refreshes until the commit, before a change of it looks for the categories to mark. Without
    /// it, a refresh could read the ground before the change commits while the change found the category's first offers and answers
    /// not yet committed: nothing marked, and the gaps left without the new area until some other change.
    /// </summary>
    public static Task HoldGroundAsync(GapsDbContext db, CancellationToken ct) => LockGroundAsync(db, shared: false, ct);

    private static Task LockGroundAsync(GapsDbContext db, bool shared, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(
            db.Database.IsNpgsql() ? shared ? PostgreSqlShareGround : PostgreSqlHoldGround : shared ? SqlServerShareGround : SqlServerHoldGround,
            [$"gaps-ground/{db.CurrentTenantId}"], ct);

    private const string PostgreSqlShareGround = "SELECT pg_advisory_xact_lock_shared(hashtextextended({0}, 0))";

    private const string PostgreSqlHoldGround = "SELECT pg_advisory_xact_lock(hashtextextended({0}, 0))";

    private const string SqlServerShareGround = "EXEC sp_getapplock @Resource = {0}, @LockMode = 'Shared', @LockOwner = 'Transaction', @LockTimeout = -1";

    private const string SqlServerHoldGround = "EXEC sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1";

    private const string PostgreSqlMarkCells = """
        INSERT INTO "Cells" ("TenantId", "Category", "Revision", "Dirty", "Week")
        SELECT {0}, marked.category, 0, TRUE, DATE '0001-01-01' FROM unnest({1}::text[]) WITH ORDINALITY AS marked(category, n) ORDER BY marked.n
        ON CONFLICT ("TenantId", "Category") DO UPDATE SET "Dirty" = TRUE
        """;

    private const string SqlServerMarkCells = """
        MERGE [Cells] WITH (HOLDLOCK) AS cell
        USING (SELECT {0} AS [TenantId], [value] AS [Category] FROM OPENJSON({1})) AS marked
        ON cell.[TenantId] = marked.[TenantId] AND cell.[Category] = marked.[Category]
        WHEN MATCHED THEN UPDATE SET [Dirty] = CAST(1 AS bit)
        WHEN NOT MATCHED THEN INSERT ([TenantId], [Category], [Revision], [Dirty], [Week])
            VALUES (marked.[TenantId], marked.[Category], 0, CAST(1 AS bit), '0001-01-01');
        """;

    private const string PostgreSqlInsertStratum = """
        INSERT INTO "StratumWeights" ("TenantId", "SurveyId", "AreaCode", "HouseholdType", "Weight", "Revision", "Claims")
        VALUES ({0}, {1}, {2}, {3}, 0, -1, 0) ON CONFLICT DO NOTHING
        """;

    /// <summary>UPDLOCK and HOLDLOCK keep the key range locked from the check to the insert: a concurrent insert waits.</summary>
    private const string SqlServerInsertStratum = """
        INSERT INTO [StratumWeights] ([TenantId], [SurveyId], [AreaCode], [HouseholdType], [Weight], [Revision], [Claims])
        SELECT {0}, {1}, {2}, {3}, 0, -1, 0
        WHERE NOT EXISTS (SELECT 1 FROM [StratumWeights] WITH (UPDLOCK, HOLDLOCK)
            WHERE [TenantId] = {0} AND [SurveyId] = {1} AND [AreaCode] = {2} AND [HouseholdType] = {3});
        """;

    /// <summary>What these send to SQL Server, with EF's parameter names; no SQL Server runs where the tests do, so they parse it.</summary>
    public static IReadOnlyList<string> SqlServerStatements { get; } =
        [.. new[] { SqlServerMarkCells, SqlServerInsertStratum, SqlServerShareGround, SqlServerHoldGround }.Select(sql => string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "@p0", "@p1", "@p2", "@p3"))];
}
