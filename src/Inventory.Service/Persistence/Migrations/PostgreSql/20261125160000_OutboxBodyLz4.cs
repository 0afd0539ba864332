using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GutAusgestattet.Inventory.Persistence.Migrations.PostgreSql;

/// <summary>
/// Outbox bodies (an event with the offer's whole state, ≈2.4 KB) are the only values here large
/// enough for PostgreSQL to compress. With the default pglz, compressing them was a third of the
/// server's CPU in a bulk import of 100,000 offers; lz4 compresses about as well at a fraction of the
/// cost. Storage only: the model and the SQL Server flavour are unchanged, so there is no model snapshot change.
/// </summary>
[DbContext(typeof(PostgreSqlInventoryDbContext))]
[Migration("20261125160000_OutboxBodyLz4")]
public sealed class OutboxBodyLz4 : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "OutboxMessage" ALTER COLUMN "Body" SET COMPRESSION lz4;""");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""ALTER TABLE "OutboxMessage" ALTER COLUMN "Body" SET COMPRESSION default;""");
}
