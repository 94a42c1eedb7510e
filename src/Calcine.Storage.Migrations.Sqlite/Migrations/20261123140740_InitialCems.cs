using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Calcine.Storage.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InitialCems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cems_frames",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Cn = table.Column<short>(type: "INTEGER", nullable: false),
                    DataTimeUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Part = table.Column<short>(type: "INTEGER", nullable: false),
                    Qn = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReceivedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Cp = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cems_frames", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stacks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlantCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stacks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Mn = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PasswordHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PasswordSalt = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StackId = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptModbusCrc = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_devices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_devices_stacks_StackId",
                        column: x => x.StackId,
                        principalTable: "stacks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cems_frames_DeviceId_Cn_DataTimeUtc_Part",
                table: "cems_frames",
                columns: new[] { "DeviceId", "Cn", "DataTimeUtc", "Part" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_devices_Mn",
                table: "devices",
                column: "Mn",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_devices_StackId",
                table: "devices",
                column: "StackId");

            migrationBuilder.CreateIndex(
                name: "IX_stacks_Code",
                table: "stacks",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cems_frames");

            migrationBuilder.DropTable(
                name: "devices");

            migrationBuilder.DropTable(
                name: "stacks");
        }
    }
}
