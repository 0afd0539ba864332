using System;
using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Surveys.Persistence.Migrations.SqlServer
{
    /// <summary>The agreements reserving places and their employers (partners), behind the tenant wall like every tenant's table.</summary>
    public partial class ReservingEmployers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReservingAgreements",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Ended = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReservingAgreements", x => x.AgreementId);
                });

            migrationBuilder.CreateTable(
                name: "ReservingEmployers",
                columns: table => new
                {
                    PartnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReservingEmployers", x => new { x.AgreementId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_ReservingEmployers_ReservingAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "ReservingAgreements",
                        principalColumn: "AgreementId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReservingAgreements_TenantId",
                table: "ReservingAgreements",
                column: "TenantId");

            migrationBuilder.AddTenantRowSecurity(["ReservingAgreements"]);
            migrationBuilder.AddOwnerRowSecurity("ReservingEmployers", "AgreementId", "ReservingAgreements", "AgreementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(["ReservingEmployers", "ReservingAgreements"]);
            migrationBuilder.DropTable(
                name: "ReservingEmployers");

            migrationBuilder.DropTable(
                name: "ReservingAgreements");
        }
    }
}
