using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WrotaCelne.Modules.Declarations.Infrastructure.Migrations
{
    /// <inheritdoc />
    internal partial class UnmatchedDocumentReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Problem",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "declaration_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "declaration_messages",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_declaration_messages_OrganizationId_DeclarationId_ReviewedAtUtc",
                table: "declaration_messages",
                columns: new[] { "OrganizationId", "DeclarationId", "ReviewedAtUtc" });

            // Documents kept before this version did not record why; the page lists them with this text.
            migrationBuilder.Sql("UPDATE declaration_messages SET Problem = 'matched no declaration (received before the reason was recorded)' WHERE DeclarationId IS NULL AND Direction = 'Inbound';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_declaration_messages_OrganizationId_DeclarationId_ReviewedAtUtc",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "Problem",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "declaration_messages");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "declaration_messages");
        }
    }
}
