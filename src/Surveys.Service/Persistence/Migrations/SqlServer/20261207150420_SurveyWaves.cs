using System;
using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Surveys.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SurveyWaves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CurrentWave",
                table: "Surveys",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Population",
                table: "Surveys",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Populations",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    CurrentSurveyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Populations", x => new { x.TenantId, x.Name });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_TenantId_Population",
                table: "Surveys",
                columns: new[] { "TenantId", "Population" });

            migrationBuilder.CreateIndex(
                name: "IX_Populations_TenantId",
                table: "Populations",
                column: "TenantId");
            migrationBuilder.AddTenantRowSecurity(["Populations"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(["Populations"]);
            migrationBuilder.DropTable(
                name: "Populations");

            migrationBuilder.DropIndex(
                name: "IX_Surveys_TenantId_Population",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "CurrentWave",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "Population",
                table: "Surveys");
        }
    }
}
