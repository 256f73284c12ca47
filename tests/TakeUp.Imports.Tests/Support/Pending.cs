using Microsoft.EntityFrameworkCore;
using TakeUp.Data.Storage;

namespace TakeUp.Imports.Tests.Support;

internal static class Pending
{
    /// <summary>
    /// Household id → its pending_changes lines, for the households that are pending: changed after the last
    /// change a run has seen. Each has lines.
    /// </summary>
    public static Dictionary<string, List<string>> Of(Database database)
    {
        using var db = database.Context();
        var evaluated = db.Municipalities.AsNoTracking().ToDictionary(m => m.Municipality, m => m.ChangesEvaluated);
        return db.Households.AsNoTracking().AsEnumerable().Where(h => h.ChangeNumber > evaluated.GetValueOrDefault(h.Municipality))
            .ToDictionary(h => h.HouseholdId, h => (h.PendingChanges ?? throw new InvalidDataException($"{h.HouseholdId} is pending without lines")).Split('\n').ToList());
    }

    /// <summary>What a run does once it has evaluated every household.</summary>
    public static void Clear(Database database) => DatabaseDump.Execute(database, "UPDATE municipalities SET changes_evaluated = changes_recorded");
}
