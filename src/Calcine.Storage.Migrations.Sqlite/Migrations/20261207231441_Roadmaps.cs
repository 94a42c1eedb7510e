using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Calcine.Storage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Roadmaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lever_library_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssociationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BasedOnId = table.Column<int>(type: "INTEGER", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LibraryJson = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lever_library_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lever_library_versions_associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_lever_library_versions_lever_library_versions_BasedOnId",
                        column: x => x.BasedOnId,
                        principalTable: "lever_library_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roadmap_scenarios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: true),
                    AssociationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DeletedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roadmap_scenarios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roadmap_scenarios_associations_AssociationId",
                        column: x => x.AssociationId,
                        principalTable: "associations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roadmap_scenarios_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roadmap_scenario_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScenarioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentJson = table.Column<string>(type: "TEXT", nullable: false),
                    LibraryVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roadmap_scenario_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roadmap_scenario_versions_lever_library_versions_LibraryVersionId",
                        column: x => x.LibraryVersionId,
                        principalTable: "lever_library_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_roadmap_scenario_versions_roadmap_scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "roadmap_scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "roadmap_results",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScenarioVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProvenOptimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roadmap_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_roadmap_results_roadmap_scenario_versions_ScenarioVersionId",
                        column: x => x.ScenarioVersionId,
                        principalTable: "roadmap_scenario_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lever_library_versions_AssociationId_Number",
                table: "lever_library_versions",
                columns: new[] { "AssociationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lever_library_versions_BasedOnId",
                table: "lever_library_versions",
                column: "BasedOnId");

            migrationBuilder.CreateIndex(
                name: "IX_roadmap_results_ScenarioVersionId",
                table: "roadmap_results",
                column: "ScenarioVersionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roadmap_scenario_versions_LibraryVersionId",
                table: "roadmap_scenario_versions",
                column: "LibraryVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_roadmap_scenario_versions_ScenarioId_Number",
                table: "roadmap_scenario_versions",
                columns: new[] { "ScenarioId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_roadmap_scenarios_AssociationId",
                table: "roadmap_scenarios",
                column: "AssociationId");

            migrationBuilder.CreateIndex(
                name: "IX_roadmap_scenarios_CompanyId",
                table: "roadmap_scenarios",
                column: "CompanyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roadmap_results");

            migrationBuilder.DropTable(
                name: "roadmap_scenario_versions");

            migrationBuilder.DropTable(
                name: "lever_library_versions");

            migrationBuilder.DropTable(
                name: "roadmap_scenarios");
        }
    }
}
