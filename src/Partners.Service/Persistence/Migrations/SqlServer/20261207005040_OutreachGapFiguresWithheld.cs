using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GutAusgestattet.Partners.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutreachGapFiguresWithheld : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Responses",
                table: "Gaps",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AlterColumn<double>(
                name: "Confidence",
                table: "Gaps",
                type: "float",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "float");

            // Gap events before V2 carried the responses and the confidence of small cells too; they go from the read model.
            migrationBuilder.Sql("UPDATE [Gaps] SET [Responses] = NULL, [Confidence] = NULL WHERE [Responses] < 5;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Responses",
                table: "Gaps",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "Confidence",
                table: "Gaps",
                type: "float",
                nullable: false,
                defaultValue: 0.0,
                oldClrType: typeof(double),
                oldType: "float",
                oldNullable: true);
        }
    }
}
