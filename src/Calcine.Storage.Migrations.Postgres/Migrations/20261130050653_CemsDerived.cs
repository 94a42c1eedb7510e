using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Calcine.Storage.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "cems_days",
                columns: table => new
                {
                    StackId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<byte>(type: "smallint", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Flag = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ValidHours = table.Column<short>(type: "smallint", nullable: false),
                    Converted = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_days", x => new { x.StackId, x.Channel, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "cems_hours",
                columns: table => new
                {
                    StackId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<byte>(type: "smallint", nullable: false),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Flag = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MinuteCount = table.Column<short>(type: "smallint", nullable: false),
                    ValidMinutes = table.Column<short>(type: "smallint", nullable: false),
                    Converted = table.Column<double>(type: "double precision", nullable: true),
                    Measured = table.Column<double>(type: "double precision", nullable: true),
                    O2 = table.Column<double>(type: "double precision", nullable: true),
                    LoggerValue = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_hours", x => new { x.StackId, x.Channel, x.HourUtc });
                });

            // Derived minutes grow like the raw packets: partitioned by month of the minute the same way, by hand
            // (EF cannot declare partitioning); CemsPartitions creates each month's partition with the frames' one.
            migrationBuilder.Sql("""
                CREATE TABLE cems_minutes (
                    "StackId" integer NOT NULL,
                    "MinuteUtc" timestamp with time zone NOT NULL,
                    "SourceCn" smallint NOT NULL,
                    "Data" bytea NOT NULL,
                    CONSTRAINT "PK_cems_minutes" PRIMARY KEY ("StackId", "MinuteUtc")
                ) PARTITION BY RANGE ("MinuteUtc");
                CREATE TABLE cems_minutes_default PARTITION OF cems_minutes DEFAULT;
                """);

            migrationBuilder.CreateTable(
                name: "cems_processing_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastFrameId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_processing_state", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stack_channels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StackId = table.Column<int>(type: "integer", nullable: false),
                    Pollutant = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Unit = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Basis = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ReferenceO2Percent = table.Column<double>(type: "double precision", nullable: true)
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
