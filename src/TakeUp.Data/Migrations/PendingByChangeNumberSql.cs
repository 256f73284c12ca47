namespace TakeUp.Data.Migrations;

/// <summary>
/// The data part of the <c>PendingByChangeNumber</c> migration, the same SQL on SQLite and PostgreSQL: the
/// households pending before the upgrade stay pending (change 1 of their municipality, none evaluated yet), and a
/// rollback clears the lines runs have seen, as runs did before.
/// </summary>
internal static class PendingByChangeNumberSql
{
    public const string Up = """
        INSERT INTO municipalities (municipality, name, created_at, changes_recorded, changes_evaluated)
        SELECT DISTINCT h.municipality, h.municipality, CURRENT_TIMESTAMP, 0, 0 FROM households h
        WHERE h.pending_changes IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM municipalities m WHERE m.municipality = h.municipality);
        UPDATE households SET change_number = 1 WHERE pending_changes IS NOT NULL;
        UPDATE municipalities SET changes_recorded = 1
        WHERE EXISTS (SELECT 1 FROM households h WHERE h.municipality = municipalities.municipality AND h.change_number = 1);
        """;

    public const string Down = """
        UPDATE households SET pending_changes = NULL
        WHERE change_number <= COALESCE((SELECT m.changes_evaluated FROM municipalities m WHERE m.municipality = households.municipality), 0);
        """;
}
