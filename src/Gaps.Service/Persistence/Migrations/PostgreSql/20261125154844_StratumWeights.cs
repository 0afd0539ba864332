using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StratumWeights : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HouseholdType",
                table: "Demand",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "SurveyId",
                table: "Demand",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StratumWeights",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HouseholdType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StratumWeights", x => new { x.TenantId, x.SurveyId, x.AreaCode, x.HouseholdType });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Demand_TenantId_SurveyId_AreaCode_HouseholdType",
                table: "Demand",
                columns: new[] { "TenantId", "SurveyId", "AreaCode", "HouseholdType" });

            migrationBuilder.CreateIndex(
                name: "IX_StratumWeights_TenantId",
                table: "StratumWeights",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StratumWeights");

            migrationBuilder.DropIndex(
                name: "IX_Demand_TenantId_SurveyId_AreaCode_HouseholdType",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "HouseholdType",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "SurveyId",
                table: "Demand");
        }
    }
}
