using GutAusgestattet.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Gaps.Persistence.Migrations.SqlServer
{
    /// <summary>The database's tenant wall on every table with a TenantId column (see TenantRowSecurity).</summary>
    public partial class TenantRowSecurity : Migration
    {
        private static readonly string[] Tables = ["Gaps", "Cells", "GapHistory", "PendingChanges", "Areas", "Demand", "Offers", "PlannedChanges", "Responses", "ServingDistances", "StratumWeights", "RegionalConsents", "AuditEntry"];

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
