using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Surveys.Persistence.Migrations.PostgreSql
{
    /// <summary>The needs a planner recorded have no TenantId of their own: they are walled behind their response's row.</summary>
    public partial class NeedsBehindTheWall : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddOwnerRowSecurity("Needs", "ResponseId", "Responses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity("Needs");
        }
    }
}
