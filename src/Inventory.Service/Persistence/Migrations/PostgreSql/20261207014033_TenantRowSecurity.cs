using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Inventory.Persistence.Migrations.PostgreSql
{
    /// <summary>The database's tenant wall on every table with a TenantId column (see TenantRowSecurity).</summary>
    public partial class TenantRowSecurity : Migration
    {
        private static readonly string[] Tables = ["Areas", "Cooperations", "Facilities", "Offers", "OfferHistory", "PlannedChanges"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddTenantRowSecurity(Tables);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTenantRowSecurity(Tables);
        }
    }
}
