using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegionalConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegionalConsents",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Consent = table.Column<bool>(type: "bit", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegionalConsents", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegionalConsents_TenantId",
                table: "RegionalConsents",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegionalConsents");
        }
    }
}
