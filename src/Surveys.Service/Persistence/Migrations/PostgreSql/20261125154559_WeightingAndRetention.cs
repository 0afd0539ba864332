using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Surveys.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WeightingAndRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionDays",
                table: "Surveys",
                type: "integer",
                nullable: false,
                defaultValue: 365);

            migrationBuilder.AlterColumn<string>(
                name: "Payload",
                table: "Answers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "AreaCode",
                table: "Answers",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HouseholdType",
                table: "Answers",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            // Answers stored before the stratum had its own columns: their payload names it.
            migrationBuilder.Sql("""
                UPDATE "Answers" SET "AreaCode" = "Payload"::jsonb ->> 'areaCode', "HouseholdType" = "Payload"::jsonb ->> 'householdType';
                """);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RawDeletedAt",
                table: "Answers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KnownCounts",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HouseholdType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Households = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownCounts", x => new { x.TenantId, x.AreaCode, x.HouseholdType });
                });

            migrationBuilder.CreateTable(
                name: "Strata",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HouseholdType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Responses = table.Column<int>(type: "integer", nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strata", x => new { x.SurveyId, x.AreaCode, x.HouseholdType });
                    table.ForeignKey(
                        name: "FK_Strata_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Answers_SurveyId_AreaCode_HouseholdType",
                table: "Answers",
                columns: new[] { "SurveyId", "AreaCode", "HouseholdType" });

            migrationBuilder.CreateIndex(
                name: "IX_KnownCounts_TenantId",
                table: "KnownCounts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Strata_TenantId",
                table: "Strata",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnownCounts");

            migrationBuilder.DropTable(
                name: "Strata");

            migrationBuilder.DropIndex(
                name: "IX_Answers_SurveyId_AreaCode_HouseholdType",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "RetentionDays",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "AreaCode",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "HouseholdType",
                table: "Answers");

            migrationBuilder.DropColumn(
                name: "RawDeletedAt",
                table: "Answers");

            migrationBuilder.AlterColumn<string>(
                name: "Payload",
                table: "Answers",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
