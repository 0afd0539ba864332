using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class IncomingDemand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorkplaceAgs",
                table: "Demand",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Demand_WorkplaceAgs",
                table: "Demand",
                column: "WorkplaceAgs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Demand_WorkplaceAgs",
                table: "Demand");

            migrationBuilder.DropColumn(
                name: "WorkplaceAgs",
                table: "Demand");
        }
    }
}
