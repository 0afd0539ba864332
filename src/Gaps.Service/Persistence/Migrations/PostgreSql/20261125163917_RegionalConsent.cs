using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.PostgreSql
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
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Consent = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
