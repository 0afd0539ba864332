using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace GutAusgestattet.Persistence;

/// <summary>
/// Writes the rows a unit of work staged (a bulk import's new rows and their outbox messages —
/// exactly what <c>SaveChanges</c> would insert, built by the same code; see
/// <see cref="TenantDbContext.StageAddedRows"/>) with PostgreSQL's binary COPY inside the current
/// transaction: an order of magnitude faster than INSERT batches for a bulk import. Columns, names
/// and value conversions come from the EF model, so the rows are the same. <see cref="Take"/> takes
/// the staged rows, so the caller can go on with the next chunk while <see cref="WriteAsync"/> streams
/// them (principals before dependents, each table in the order its rows were added, so outbox
/// messages keep their order). PostgreSQL refuses COPY into a table whose row-level security binds
/// the session (<see cref="TenantRowSecurity"/>), so a tenant's rows are copied into a temporary
/// table and moved by one INSERT … SELECT, which the tenant wall checks like any insert.
/// </summary>
public sealed class BulkCopy
{
    private sealed record Table(Layout Layout, IReadOnlyList<object> Rows);

    /// <param name="Copy">The COPY command, into the table itself or into <paramref name="Stage"/>'s temporary table.</param>
    /// <param name="Stage">Creates the temporary table (once per transaction); null where rows are copied straight in.</param>
    /// <param name="Move">Moves the temporary table's rows into the table and empties it for the next chunk.</param>
    private sealed record Layout(string Copy, string? Stage, string? Move, BulkCopyColumn[] Columns);

    private readonly List<Table> _tables;

    private BulkCopy(List<Table> tables) => _tables = tables;

    /// <summary>Whether bulk copy applies: PostgreSQL, inside a transaction.</summary>
    public static bool Applies(DbContext db) => db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null;

    /// <summary>Takes the rows staged so far (the tenant guard has checked them).</summary>
    public static BulkCopy Take(TenantDbContext db)
    {
        var groups = db.TakeStagedRows().Tables
            .Select(t => (Type: db.Model.FindEntityType(t.Type) ?? throw new InvalidOperationException($"{t.Type.Name} is not an entity of {db.GetType().Name}."), t.Rows))
            .ToList();
        var tables = new List<Table>();
        var done = new HashSet<IEntityType>();
        while (groups.Count > 0)
        {
            var next = groups.FirstOrDefault(g => g.Type.GetForeignKeys().All(fk =>
                fk.PrincipalEntityType == g.Type || done.Contains(fk.PrincipalEntityType) || groups.All(o => o.Type != fk.PrincipalEntityType)));
            if (next.Type is null) next = groups[0];
            groups.Remove(next);
            done.Add(next.Type);
            // Compiled once per entity type and kept with the model: a bulk import takes many chunks.
            tables.Add(new Table(next.Type.GetOrAddRuntimeAnnotationValue(nameof(BulkCopy), Describe, next.Type), next.Rows));
        }
        return new BulkCopy(tables);
    }

    private static Layout Describe(IEntityType? type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Identity columns are left to the database, as an INSERT would.
        var properties = type.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && NpgsqlPropertyExtensions.GetValueGenerationStrategy(p) is not
                (NpgsqlValueGenerationStrategy.IdentityByDefaultColumn or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn or NpgsqlValueGenerationStrategy.SerialColumn))
            .ToArray();
        // A staged row is a plain object: its members are read, but a shadow property has no value there.
        if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
            throw new InvalidOperationException($"{type.DisplayName()}.{shadow.Name} is a shadow property: rows with one cannot be staged.");
        var target = (type.GetSchema() is { } schema ? $"\"{schema}\"." : "") + $"\"{table.Name}\"";
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var values = properties.Select(BulkCopyColumn.For).ToArray();
        if (type.FindProperty(nameof(ITenantOwned.TenantId)) is null)
            return new Layout($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", null, null, values);
        // Without the table's constraints (AS … WITH NO DATA), and gone at commit.
        var staging = $"\"bulk_{table.Name}\"";
        return new Layout($"COPY {staging} ({columns}) FROM STDIN (FORMAT BINARY)",
            $"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} ON COMMIT DROP AS SELECT {columns} FROM {target} WITH NO DATA",
            $"INSERT INTO {target} ({columns}) SELECT {columns} FROM {staging}; TRUNCATE {staging}",
            values);
    }

    /// <summary>Streams the rows on <paramref name="connection"/> (in its current transaction); reading the values and their conversions (JSON columns) run here.</summary>
    public async Task WriteAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        foreach (var table in _tables)
        {
            if (table.Layout.Stage is { } stage) await ExecuteAsync(connection, stage, ct);
            await using (var writer = await connection.BeginBinaryImportAsync(table.Layout.Copy, ct))
            {
                foreach (var row in table.Rows)
                {
                    await writer.StartRowAsync(ct);
                    foreach (var column in table.Layout.Columns)
                        await column.WriteAsync(writer, row, ct);
                }
                await writer.CompleteAsync(ct);
            }
            if (table.Layout.Move is { } move) await ExecuteAsync(connection, move, ct);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
