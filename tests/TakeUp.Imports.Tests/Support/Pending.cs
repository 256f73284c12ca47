using Microsoft.EntityFrameworkCore;
using TakeUp.Data.Storage;

namespace TakeUp.Imports.Tests.Support;

internal static class Pending
{
    /// <summary>Household id → its pending_changes lines, for the households that have any.</summary>
    public static Dictionary<string, List<string>> Of(Database database)
    {
        using var db = database.Context();
        return db.Households.AsNoTracking().Where(h => h.PendingChanges != null)
            .ToDictionary(h => h.HouseholdId, h => h.PendingChanges!.Split('\n').ToList());
    }

    /// <summary>What a run does once it has evaluated every household.</summary>
    public static void Clear(Database database) => DatabaseDump.Execute(database, "UPDATE households SET pending_changes = NULL");
}
