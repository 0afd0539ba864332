using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.SqlServer
{
    /// <summary>A pending change may name a reweighed stratum (survey, area, household type), whose answers a kept comparison then applies.</summary>
    public partial class StratumChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AreaCode",
                table: "PendingChanges",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HouseholdType",
                table: "PendingChanges",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AreaCode",
                table: "PendingChanges");

            migrationBuilder.DropColumn(
                name: "HouseholdType",
                table: "PendingChanges");
        }
    }
}
