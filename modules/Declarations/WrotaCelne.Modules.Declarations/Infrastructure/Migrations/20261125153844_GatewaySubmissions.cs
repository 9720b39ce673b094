using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WrotaCelne.Modules.Declarations.Infrastructure.Migrations
{
    /// <inheritdoc />
    internal partial class GatewaySubmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AttentionReason",
                table: "declarations",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "DeclarationId",
                table: "declaration_messages",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "GatewayId",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Meaning",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "declaration_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Lrn = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MayHaveArrived = table.Column<bool>(type: "INTEGER", nullable: false),
                    SysRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_declaration_messages_OrganizationId_GatewayId",
                table: "declaration_messages",
                columns: new[] { "OrganizationId", "GatewayId" },
                unique: true,
                filter: "GatewayId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_DeclarationId",
                table: "submissions",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_LeaseId",
                table: "submissions",
                column: "LeaseId");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_State_NextAttemptAtUtc",
                table: "submissions",
                columns: new[] { "State", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropIndex(
                name: "IX_declaration_messages_OrganizationId_GatewayId",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "AttentionReason",
                table: "declarations");

            migrationBuilder.DropColumn(
                name: "GatewayId",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "Meaning",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "declaration_messages");

            migrationBuilder.AlterColumn<Guid>(
                name: "DeclarationId",
                table: "declaration_messages",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
