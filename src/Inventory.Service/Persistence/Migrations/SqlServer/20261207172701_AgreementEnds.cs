using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Inventory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AgreementEnds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Withdraws",
                table: "PlannedChanges",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "EndChangeId",
                table: "Cooperations",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Withdraws",
                table: "PlannedChanges");

            migrationBuilder.DropColumn(
                name: "EndChangeId",
                table: "Cooperations");
        }
    }
}
