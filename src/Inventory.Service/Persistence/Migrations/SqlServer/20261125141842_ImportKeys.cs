using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Inventory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ImportKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "Offers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "Facilities",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offers_TenantId_Key",
                table: "Offers",
                columns: new[] { "TenantId", "Key" },
                unique: true,
                filter: "[Key] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Facilities_TenantId_Key",
                table: "Facilities",
                columns: new[] { "TenantId", "Key" },
                unique: true,
                filter: "[Key] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Offers_TenantId_Key",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Facilities_TenantId_Key",
                table: "Facilities");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "Facilities");
        }
    }
}
