using System;
using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SchoolHolidays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SchoolHolidays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolHolidays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolHolidays_TenantId",
                table: "SchoolHolidays",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolHolidays_TenantId_From",
                table: "SchoolHolidays",
                columns: new[] { "TenantId", "From" });
            migrationBuilder.AddTenantRowSecurity(["SchoolHolidays"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(["SchoolHolidays"]);
            migrationBuilder.DropTable(
                name: "SchoolHolidays");
        }
    }
}
