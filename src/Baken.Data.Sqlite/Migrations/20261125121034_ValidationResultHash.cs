using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baken.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ValidationResultHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResultHash",
                table: "validation_results",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_validation_results_ResultHash",
                table: "validation_results",
                column: "ResultHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_validation_results_ResultHash",
                table: "validation_results");

            migrationBuilder.DropColumn(
                name: "ResultHash",
                table: "validation_results");
        }
    }
}
