using GutAusgestattet.Gaps.GapEngine;
using Npgsql;
using NpgsqlTypes;

namespace GutAusgestattet.Gaps.EngineBench;

/// <summary>One tenant's areas, offers (with their open slot ranges) and needs (with slot ranges and weighted persons) as plain tables, by binary COPY.</summary>
internal static class PostgresLoad
{
    private const string Schema = """
        CREATE TABLE areas (code text PRIMARY KEY, lat float8, lon float8);
        CREATE TABLE serving_km (category text PRIMARY KEY, km float8 NOT NULL);
        CREATE TABLE offers (id uuid PRIMARY KEY, category text NOT NULL, area_code text NOT NULL, lat float8 NOT NULL, lon float8 NOT NULL,
                             free_places int NOT NULL, takes_short_term bool NOT NULL, languages text[] NOT NULL);
        CREATE TABLE offer_slots (offer_id uuid NOT NULL, from_slot int NOT NULL, to_slot int NOT NULL);
        CREATE TABLE needs (id int PRIMARY KEY, response_id uuid NOT NULL, category text NOT NULL, area_code text NOT NULL,
                            persons float8 NOT NULL, temporary bool NOT NULL, languages text[] NOT NULL);
        CREATE TABLE need_slots (need_id int NOT NULL, from_slot int NOT NULL, to_slot int NOT NULL);
        """;

    public static async Task LoadAsync(NpgsqlConnection db, TenantInput tenant)
    {
        await Execute(db, Schema);
        await Copy(db, "areas (code, lat, lon)", tenant.Areas, (w, a) => Row(w, a.Code, a.Latitude, a.Longitude));
        var categories = tenant.Offers.Select(o => o.Category).Concat(tenant.Needs.Select(n => n.Category)).Distinct();
        await Copy(db, "serving_km (category, km)", categories, (w, c) => Row(w, c, ServingDistances.For(c, tenant.ServingKm)));
        await Copy(db, "offers (id, category, area_code, lat, lon, free_places, takes_short_term, languages)", tenant.Offers,
            (w, o) => Row(w, o.OfferId, o.Category, o.AreaCode, o.Latitude, o.Longitude, o.FreePlaces, o.TakesShortTerm, o.Languages.ToArray()));
        await Copy(db, "offer_slots (offer_id, from_slot, to_slot)", tenant.Offers.SelectMany(o => o.Open.Select(r => (o.OfferId, r))),
            (w, x) => Row(w, x.OfferId, x.r.From, x.r.To));
        await Copy(db, "needs (id, response_id, category, area_code, persons, temporary, languages)", tenant.Needs.Select((n, i) => (n, i)),
            (w, x) => Row(w, x.i, x.n.ResponseId, x.n.Category, x.n.AreaCode, x.n.Persons, x.n.Temporary, x.n.Languages.ToArray()));
        await Copy(db, "need_slots (need_id, from_slot, to_slot)", tenant.Needs.SelectMany((n, i) => n.Slots.Select(r => (i, r))),
            (w, x) => Row(w, x.i, x.r.From, x.r.To));
        await Execute(db, "CREATE INDEX ON offer_slots (offer_id); CREATE INDEX ON need_slots (need_id); ANALYZE;");
    }

    private static async Task Execute(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Copy<T>(NpgsqlConnection db, string table, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        await using var writer = await db.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows) write(writer, row);
        await writer.CompleteAsync();
    }

    private static void Row(NpgsqlBinaryImporter writer, params object?[] values)
    {
        writer.StartRow();
        foreach (var value in values)
        {
            if (value is null) writer.WriteNull();
            else writer.Write(value);
        }
    }
}
