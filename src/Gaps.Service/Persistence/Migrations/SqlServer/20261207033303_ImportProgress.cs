using System;
using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.SqlServer
{
    /// <summary>What has arrived of an import of offers, so the gaps wait for the whole of it; behind the tenant wall like every tenant table.</summary>
    public partial class ImportProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    ImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Event = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Expected = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => new { x.TenantId, x.ImportId, x.Event });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Imports_TenantId",
                table: "Imports",
                column: "TenantId");
            migrationBuilder.AddTenantRowSecurity(["Imports"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(["Imports"]);
            migrationBuilder.DropTable(
                name: "Imports");
        }
    }
}
