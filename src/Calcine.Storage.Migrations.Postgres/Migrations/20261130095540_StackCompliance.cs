using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Calcine.Storage.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class StackCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComplianceLimitsJson",
                table: "stacks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplianceRules",
                table: "stacks",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComplianceStandard",
                table: "stacks",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "exceedance_explanations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StackId = table.Column<int>(type: "integer", nullable: false),
                    PlantId = table.Column<int>(type: "integer", nullable: false),
                    Pollutant = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    EventStartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exceedance_explanations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exceedance_explanations_stacks_StackId",
                        column: x => x.StackId,
                        principalTable: "stacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exceedance_explanations_StackId_Pollutant_EventStartUtc",
                table: "exceedance_explanations",
                columns: new[] { "StackId", "Pollutant", "EventStartUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exceedance_explanations");

            migrationBuilder.DropColumn(
                name: "ComplianceLimitsJson",
                table: "stacks");

            migrationBuilder.DropColumn(
                name: "ComplianceRules",
                table: "stacks");

            migrationBuilder.DropColumn(
                name: "ComplianceStandard",
                table: "stacks");
        }
    }
}
