using System;
using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Surveys.Persistence.Migrations.SqlServer
{
    /// <summary>The queue of strata to reweigh (ReweighRequest), behind the tenant wall like every tenant's table.</summary>
    public partial class ReweighQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReweighRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    SurveyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AreaCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    HouseholdType = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReweighRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReweighRequests_TenantId",
                table: "ReweighRequests",
                column: "TenantId");

            migrationBuilder.AddTenantRowSecurity(["ReweighRequests"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(["ReweighRequests"]);
            migrationBuilder.DropTable(
                name: "ReweighRequests");
        }
    }
}
