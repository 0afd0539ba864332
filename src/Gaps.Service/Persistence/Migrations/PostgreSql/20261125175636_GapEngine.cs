using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class GapEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Offers held so far lack the state the slot comparison needs (hours, closures, location); they
            // were only ever held in development databases and come back when Inventory's events are replayed.
            migrationBuilder.Sql("DELETE FROM \"Offers\";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Cells",
                table: "Cells");

            migrationBuilder.DropColumn(
                name: "FreePlaces",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "AreaCode",
                table: "Cells");

            migrationBuilder.RenameColumn(
                name: "Active",
                table: "Offers",
                newName: "Withdrawn");

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "Offers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Gaps",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<string>(
                name: "Intervals",
                table: "Gaps",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<double>(
                name: "PersonHours",
                table: "Gaps",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<double>(
                name: "Severity",
                table: "Gaps",
                type: "double precision",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "From",
                table: "Demand",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdType",
                table: "Demand",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Demand",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "SurveyId",
                table: "Demand",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Temporary",
                table: "Demand",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Until",
                table: "Demand",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Windows",
                table: "Demand",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Dirty",
                table: "Cells",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Week",
                table: "Cells",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddPrimaryKey(
                name: "PK_Cells",
                table: "Cells",
                columns: new[] { "TenantId", "Category" });

            migrationBuilder.CreateTable(
                name: "Areas",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Areas", x => new { x.TenantId, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "GapHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    GapKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Event = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EstimatedPersons = table.Column<double>(type: "double precision", nullable: false),
                    PersonHours = table.Column<double>(type: "double precision", nullable: false),
                    Intervals = table.Column<string>(type: "text", nullable: false),
                    Severity = table.Column<double>(type: "double precision", nullable: false),
                    Responses = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GapHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlannedChanges",
                columns: table => new
                {
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Planned = table.Column<string>(type: "text", nullable: true),
                    Settled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedChanges", x => x.ChangeId);
                });

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

            migrationBuilder.CreateTable(
                name: "Responses",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Claims = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Responses", x => x.ResponseId);
                });

            migrationBuilder.CreateTable(
                name: "ServingDistances",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Km = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServingDistances", x => new { x.TenantId, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "StratumWeights",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HouseholdType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Weight = table.Column<double>(type: "double precision", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    Claims = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_Cells_Dirty_Week",
                table: "Cells",
                columns: new[] { "Dirty", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_Areas_TenantId",
                table: "Areas",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_GapHistory_TenantId",
                table: "GapHistory",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_GapHistory_TenantId_GapKey_Version",
                table: "GapHistory",
                columns: new[] { "TenantId", "GapKey", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_TenantId",
                table: "PlannedChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_TenantId_OfferId",
                table: "PlannedChanges",
                columns: new[] { "TenantId", "OfferId" });

            migrationBuilder.CreateIndex(
                name: "IX_RegionalConsents_TenantId",
                table: "RegionalConsents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_TenantId",
                table: "Responses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ServingDistances_TenantId",
                table: "ServingDistances",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_StratumWeights_TenantId",
                table: "StratumWeights",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Areas");

            migrationBuilder.DropTable(
                name: "GapHistory");

            migrationBuilder.DropTable(
                name: "PlannedChanges");

            migrationBuilder.DropTable(
                name: "RegionalConsents");

            migrationBuilder.DropTable(
                name: "Responses");

            migrationBuilder.DropTable(
                name: "ServingDistances");

            migrationBuilder.DropTable(
                name: "StratumWeights");

            migrationBuilder.DropIndex(
                name: "IX_Demand_TenantId_SurveyId_AreaCode_HouseholdType",
                table: "Demand");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Cells",
                table: "Cells");

            migrationBuilder.DropIndex(
                name: "IX_Cells_Dirty_Week",
                table: "Cells");

            migrationBuilder.DropColumn(
                name: "State",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Gaps");

            migrationBuilder.DropColumn(
                name: "Intervals",
                table: "Gaps");

            migrationBuilder.DropColumn(
                name: "PersonHours",
                table: "Gaps");

            migrationBuilder.DropColumn(
                name: "Severity",
                table: "Gaps");

            migrationBuilder.DropColumn(
                name: "From",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "HouseholdType",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "SurveyId",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "Temporary",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "Until",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "Windows",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "Dirty",
                table: "Cells");

            migrationBuilder.DropColumn(
                name: "Week",
                table: "Cells");

            migrationBuilder.RenameColumn(
                name: "Withdrawn",
                table: "Offers",
                newName: "Active");

            migrationBuilder.AddColumn<int>(
                name: "FreePlaces",
                table: "Offers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AreaCode",
                table: "Cells",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Cells",
                table: "Cells",
                columns: new[] { "TenantId", "Category", "AreaCode" });
        }
    }
}
