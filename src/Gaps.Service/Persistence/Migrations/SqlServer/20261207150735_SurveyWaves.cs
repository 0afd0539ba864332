using System;
using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SurveyWaves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyWaves",
                columns: table => new
                {
                    SurveyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Population = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Superseded = table.Column<bool>(type: "bit", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyWaves", x => x.SurveyId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyWaves_TenantId",
                table: "SurveyWaves",
                column: "TenantId");
            migrationBuilder.AddTenantRowSecurity(["SurveyWaves"]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(["SurveyWaves"]);
            migrationBuilder.DropTable(
                name: "SurveyWaves");
        }
    }
}
