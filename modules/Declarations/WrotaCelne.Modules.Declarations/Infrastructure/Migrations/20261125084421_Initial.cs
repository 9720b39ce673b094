using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WrotaCelne.Modules.Declarations.Infrastructure.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalogue_goods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CommodityCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    GrossMass = table.Column<decimal>(type: "TEXT", nullable: true),
                    NetMass = table.Column<decimal>(type: "TEXT", nullable: true),
                    PackageKind = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    CountryOfOrigin = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Learnt = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_goods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "codelist_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Attributes = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_codelist_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "codelist_imports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_codelist_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "contractors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchKey = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Eori = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StreetAndNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 17, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 70, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Learnt = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contractors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "declaration_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    OmittedChanges = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declaration_revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "declaration_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Family = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declaration_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "declarations",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Family = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Lrn = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    Mrn = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    DeclarationType = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Office = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CounterpartName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PartyText = table.Column<string>(type: "TEXT", nullable: false),
                    GoodsText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declarations", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "guarantees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grn = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ProtectedAccessCode = table.Column<string>(type: "TEXT", nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guarantees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_counters",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Next = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_counters", x => new { x.OrganizationId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "lrn_settings",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mask = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_settings", x => x.OrganizationId);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DispatchedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_goods_OrganizationId_LastUsedAtUtc",
                table: "catalogue_goods",
                columns: new[] { "OrganizationId", "LastUsedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_goods_OrganizationId_MatchKey",
                table: "catalogue_goods",
                columns: new[] { "OrganizationId", "MatchKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_codelist_entries_List_Code_ValidTo",
                table: "codelist_entries",
                columns: new[] { "List", "Code", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_codelist_imports_List_Version",
                table: "codelist_imports",
                columns: new[] { "List", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contractors_OrganizationId_LastUsedAtUtc",
                table: "contractors",
                columns: new[] { "OrganizationId", "LastUsedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_contractors_OrganizationId_MatchKey",
                table: "contractors",
                columns: new[] { "OrganizationId", "MatchKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_declaration_revisions_DeclarationId_Number",
                table: "declaration_revisions",
                columns: new[] { "DeclarationId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_declaration_templates_OrganizationId_Name",
                table: "declaration_templates",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_Id",
                table: "declarations",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_BranchId_Key",
                table: "declarations",
                columns: new[] { "OrganizationId", "BranchId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_CreatedAtUtc",
                table: "declarations",
                columns: new[] { "OrganizationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_CreatedById_Key",
                table: "declarations",
                columns: new[] { "OrganizationId", "CreatedById", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_Key",
                table: "declarations",
                columns: new[] { "OrganizationId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_Lrn",
                table: "declarations",
                columns: new[] { "OrganizationId", "Lrn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_Mrn",
                table: "declarations",
                columns: new[] { "OrganizationId", "Mrn" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_Office_Key",
                table: "declarations",
                columns: new[] { "OrganizationId", "Office", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_Status_Key",
                table: "declarations",
                columns: new[] { "OrganizationId", "Status", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_declarations_OrganizationId_UpdatedAtUtc",
                table: "declarations",
                columns: new[] { "OrganizationId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_guarantees_OrganizationId_Grn",
                table: "guarantees",
                columns: new[] { "OrganizationId", "Grn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_OrganizationId",
                table: "inbox_messages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAtUtc_ReceivedAtUtc",
                table: "inbox_messages",
                columns: new[] { "ProcessedAtUtc", "ReceivedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_DispatchedAtUtc_OccurredAtUtc",
                table: "outbox_messages",
                columns: new[] { "DispatchedAtUtc", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OrganizationId",
                table: "outbox_messages",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_goods");

            migrationBuilder.DropTable(
                name: "codelist_entries");

            migrationBuilder.DropTable(
                name: "codelist_imports");

            migrationBuilder.DropTable(
                name: "contractors");

            migrationBuilder.DropTable(
                name: "declaration_revisions");

            migrationBuilder.DropTable(
                name: "declaration_templates");

            migrationBuilder.DropTable(
                name: "declarations");

            migrationBuilder.DropTable(
                name: "guarantees");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "lrn_counters");

            migrationBuilder.DropTable(
                name: "lrn_settings");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
