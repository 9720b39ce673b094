using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WrotaCelne.Modules.Declarations.Infrastructure.Migrations
{
    /// <inheritdoc />
    internal partial class InboundProcessingAndAnswerLookups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastAttemptAtUtc",
                table: "submissions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextLookupAtUtc",
                table: "submissions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "GatewayCaseId",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lrn",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 22,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mrn",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProcessedAtUtc",
                table: "declaration_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProcessingAttempts",
                table: "declaration_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_submissions_State_NextLookupAtUtc",
                table: "submissions",
                columns: new[] { "State", "NextLookupAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_declaration_messages_OrganizationId_Mrn",
                table: "declaration_messages",
                columns: new[] { "OrganizationId", "Mrn" });

            migrationBuilder.CreateIndex(
                name: "IX_declaration_messages_Unprocessed",
                table: "declaration_messages",
                column: "CreatedAtUtc",
                filter: "ProcessedAtUtc IS NULL AND Direction = 'Inbound'");

            // Inbound documents stored before this version were applied as they were stored; sent declarations still
            // waiting for answers get their first look-up at once.
            migrationBuilder.Sql("UPDATE declaration_messages SET ProcessedAtUtc = CreatedAtUtc WHERE Direction = 'Inbound';");
            migrationBuilder.Sql(
                "UPDATE submissions SET NextLookupAtUtc = SentAtUtc WHERE State = 'Sent' AND DeclarationId IN " +
                "(SELECT Id FROM declarations WHERE Status IN ('Sent', 'Receipt', 'MrnAllocated', 'Released'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_submissions_State_NextLookupAtUtc",
                table: "submissions");

            migrationBuilder.DropIndex(
                name: "IX_declaration_messages_OrganizationId_Mrn",
                table: "declaration_messages");

            migrationBuilder.DropIndex(
                name: "IX_declaration_messages_Unprocessed",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "LastAttemptAtUtc",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "NextLookupAtUtc",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "GatewayCaseId",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "Lrn",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "Mrn",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "ProcessedAtUtc",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "ProcessingAttempts",
                table: "declaration_messages");
        }
    }
}
