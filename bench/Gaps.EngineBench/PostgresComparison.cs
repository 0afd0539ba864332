using System.Diagnostics;
using GutAusgestattet.Gaps.GapEngine;
using Npgsql;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>
/// The same gaps for one tenant by one SQL query (gaps.sql) on the local PostgreSQL, in a fresh
/// database; timed against the engine in the same run, and checked to agree with it.
/// </summary>
internal static class PostgresComparison
{
    private const string Server = "Host=localhost;Port=5432;Username=postgres;Password=postgres";
    private const string Database = "gaps_enginebench";
    private const double Tolerance = 1e-6;

    public sealed record Row(string Category, string Area, string Kind, double PersonHours, long Slots);

    public sealed record Result(TimeSpan Load, IReadOnlyList<TimeSpan> Queries, int Rows, int Mismatches, string FirstMismatch);

    public static async Task<Result> RunAsync(TenantInput tenant, List<GapFinding> engine, int runs)
    {
        await using (var admin = new NpgsqlConnection(Server))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await using var db = new NpgsqlConnection($"{Server};Database={Database};Command Timeout=0");
        await db.OpenAsync();
        var load = Stopwatch.StartNew();
        await PostgresLoad.LoadAsync(db, tenant);
        load.Stop();

        // Enough memory for the hash aggregates of a big city, so the query is not timed spilling to disk.
        await using (var settings = new NpgsqlCommand("SET work_mem = '1GB'", db)) await settings.ExecuteNonQueryAsync();
        var sql = await new StreamReader(typeof(PostgresComparison).Assembly.GetManifestResourceStream("gaps.sql")!).ReadToEndAsync();
        var times = new List<TimeSpan>();
        List<Row> rows = [];
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            rows = await QueryAsync(db, sql);
            times.Add(watch.Elapsed);
        }
        var (mismatches, first) = Compare(engine, rows);
        return new Result(load.Elapsed, times, rows.Count, mismatches, first);
    }

    private static async Task<List<Row>> QueryAsync(NpgsqlConnection db, string sql)
    {
        var rows = new List<Row>();
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetInt64(5)));
        return rows;
    }

    /// <summary>Every (category, area, kind) on both sides, person-hours within 1e-6 relative and the same number of slots.</summary>
    private static (int Count, string First) Compare(List<GapFinding> engine, List<Row> rows)
    {
        var sql = rows.ToDictionary(r => (r.Category, r.Area, r.Kind));
        var mismatches = new List<string>();
        foreach (var gap in engine)
        {
            var key = (gap.Category, gap.AreaCode, gap.Kind.ToString().ToLowerInvariant());
            if (!sql.Remove(key, out var row)) mismatches.Add($"{key} only in the engine ({gap.PersonHours} h)");
            else if (Math.Abs(row.PersonHours - gap.PersonHours) > Tolerance * Math.Max(1, Math.Abs(gap.PersonHours)) || row.Slots != gap.Slots.Count)
                mismatches.Add($"{key}: engine {gap.PersonHours} h in {gap.Slots.Count} slots, SQL {row.PersonHours} h in {row.Slots} slots");
        }
        mismatches.AddRange(sql.Keys.Select(k => $"{k} only in SQL"));
        return (mismatches.Count, mismatches.FirstOrDefault() ?? "");
    }
}
