using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baken.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProductVersionClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClassifiedDeviceClass",
                table: "products",
                type: "TEXT",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Classification",
                table: "product_versions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClassifiedDeviceClass",
                table: "products");

            migrationBuilder.DropColumn(
                name: "Classification",
                table: "product_versions");
        }
    }
}
