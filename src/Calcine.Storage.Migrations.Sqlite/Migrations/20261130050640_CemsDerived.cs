using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Calcine.Storage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CemsDerived : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UtcOffsetMinutes",
                table: "stacks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "cems_days",
                columns: table => new
                {
                    StackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<byte>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Flag = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ValidHours = table.Column<short>(type: "INTEGER", nullable: false),
                    Converted = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_days", x => new { x.StackId, x.Channel, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "cems_hours",
                columns: table => new
                {
                    StackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<byte>(type: "INTEGER", nullable: false),
                    HourUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Flag = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MinuteCount = table.Column<short>(type: "INTEGER", nullable: false),
                    ValidMinutes = table.Column<short>(type: "INTEGER", nullable: false),
                    Converted = table.Column<double>(type: "REAL", nullable: true),
                    Measured = table.Column<double>(type: "REAL", nullable: true),
                    O2 = table.Column<double>(type: "REAL", nullable: true),
                    LoggerValue = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_hours", x => new { x.StackId, x.Channel, x.HourUtc });
                });

            migrationBuilder.CreateTable(
                name: "cems_minutes",
                columns: table => new
                {
                    StackId = table.Column<int>(type: "INTEGER", nullable: false),
                    MinuteUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceCn = table.Column<short>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_minutes", x => new { x.StackId, x.MinuteUtc });
                });

            migrationBuilder.CreateTable(
                name: "cems_processing_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFrameId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_processing_state", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stack_channels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pollutant = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReferenceO2Percent = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stack_channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stack_channels_stacks_StackId",
                        column: x => x.StackId,
                        principalTable: "stacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_stack_channels_StackId_Pollutant",
                table: "stack_channels",
                columns: new[] { "StackId", "Pollutant" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cems_days");

            migrationBuilder.DropTable(
                name: "cems_hours");

            migrationBuilder.DropTable(
                name: "cems_minutes");

            migrationBuilder.DropTable(
                name: "cems_processing_state");

            migrationBuilder.DropTable(
                name: "stack_channels");

            migrationBuilder.DropColumn(
                name: "UtcOffsetMinutes",
                table: "stacks");
        }
    }
}
