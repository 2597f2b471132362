using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baken.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ChecklistVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CopiedFromId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_product_versions_ProductVersionId",
                        column: x => x.ProductVersionId,
                        principalTable: "product_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessments_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ethics_records",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ethics_records", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ethics_records_deployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "deployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ethics_records_organisations_OwnerOrganisationId",
                        column: x => x.OwnerOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ethics_records_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_answers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_answers_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_comments_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatementId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_evidence_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessment_evidence_files",
                columns: table => new
                {
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_evidence_files", x => x.EvidenceId);
                    table.ForeignKey(
                        name: "FK_assessment_evidence_files_assessment_evidence_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "assessment_evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_answers_AssessmentId_StatementId",
                table: "assessment_answers",
                columns: new[] { "AssessmentId", "StatementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_comments_AssessmentId",
                table: "assessment_comments",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_evidence_AssessmentId_StatementId",
                table: "assessment_evidence",
                columns: new[] { "AssessmentId", "StatementId" });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_ProductId_ChecklistId_Sequence",
                table: "assessments",
                columns: new[] { "ProductId", "ChecklistId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessments_ProductVersionId",
                table: "assessments",
                column: "ProductVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ethics_records_DeploymentId",
                table: "ethics_records",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_ethics_records_OwnerOrganisationId",
                table: "ethics_records",
                column: "OwnerOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_ethics_records_ProductId",
                table: "ethics_records",
                column: "ProductId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_answers");

            migrationBuilder.DropTable(
                name: "assessment_comments");

            migrationBuilder.DropTable(
                name: "assessment_evidence_files");

            migrationBuilder.DropTable(
                name: "ethics_records");

            migrationBuilder.DropTable(
                name: "assessment_evidence");

            migrationBuilder.DropTable(
                name: "assessments");
        }
    }
}
