using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WrotaCelne.Modules.Declarations.Infrastructure.Migrations
{
    /// <summary>
    /// The archive's full-text index: an external-content FTS5 table over the declarations' party and goods text, keyed by
    /// the integer <c>Key</c> (an alias of the rowid, so VACUUM keeps it in step), kept current by triggers. The
    /// unicode61 tokenizer folds case and Polish diacritics ("Łódź" is found as "lodz").
    /// </summary>
    internal partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE declarations_fts USING fts5(
                    PartyText, GoodsText,
                    content='declarations', content_rowid='Key',
                    tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER declarations_fts_insert AFTER INSERT ON declarations BEGIN
                    INSERT INTO declarations_fts(rowid, PartyText, GoodsText) VALUES (new.Key, new.PartyText, new.GoodsText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER declarations_fts_delete AFTER DELETE ON declarations BEGIN
                    INSERT INTO declarations_fts(declarations_fts, rowid, PartyText, GoodsText) VALUES ('delete', old.Key, old.PartyText, old.GoodsText);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER declarations_fts_update AFTER UPDATE OF PartyText, GoodsText ON declarations BEGIN
                    INSERT INTO declarations_fts(declarations_fts, rowid, PartyText, GoodsText) VALUES ('delete', old.Key, old.PartyText, old.GoodsText);
                    INSERT INTO declarations_fts(rowid, PartyText, GoodsText) VALUES (new.Key, new.PartyText, new.GoodsText);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO declarations_fts(declarations_fts) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS declarations_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS declarations_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS declarations_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS declarations_fts;");
        }
    }
}
