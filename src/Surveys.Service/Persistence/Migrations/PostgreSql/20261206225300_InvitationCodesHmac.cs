using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Surveys.Persistence.Migrations.PostgreSql
{
    /// <summary>
    /// Invitation codes are stored as HMAC under Surveys:ReceiptSecret from now on. The hashes stored before are plain
    /// SHA-256 and cannot be recomputed here without the secret; they are marked (InvitationCodes.LegacyPrefix), so the
    /// letters already sent still answer and the remaining ones can be counted and, once their surveys closed, deleted.
    /// Down strips the mark; codes issued since then cannot be turned back and stop answering.
    /// </summary>
    public partial class InvitationCodesHmac : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "CodeHash",
                table: "Invitations",
                type: "character varying(71)",
                maxLength: 71,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);
            migrationBuilder.Sql("""UPDATE "Invitations" SET "CodeHash" = 'sha256:' || "CodeHash";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Invitations" SET "CodeHash" = substr("CodeHash", 8) WHERE "CodeHash" LIKE 'sha256:%';""");
            migrationBuilder.AlterColumn<string>(
                name: "CodeHash",
                table: "Invitations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(71)",
                oldMaxLength: 71);
        }
    }
}
