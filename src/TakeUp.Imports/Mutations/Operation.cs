using TakeUp.Data.Register;
using TakeUp.Imports.Register;
using TakeUp.Imports.Validation;

namespace TakeUp.Imports.Mutations;

/// <summary>One line of a mutations file, read and checked on its own (references are checked when it is applied).</summary>
internal sealed class Operation(int line, string raw)
{
    public int Line { get; } = line;
    public string Raw { get; } = raw;
    public string? Op { get; set; }
    public string? Source { get; set; }
    public DateOnly? AsOf { get; set; }
    public string? Household { get; set; }
    public string? Person { get; set; }

    public List<(FactField<HouseholdRow> Field, object? Value)> Housing { get; } = [];
    public List<(FactField<PersonRow> Field, object? Value)> Facts { get; } = [];
    public bool HasRelation { get; set; }
    public string? Relation { get; set; }
    public bool HasPartnerKind { get; set; }
    public string? PartnerKind { get; set; }
    public bool HasInsz { get; set; }
    public string? Insz { get; set; }

    /// <summary>set-statuses / set-incomes: the whole list, or null for "unknown".</summary>
    public List<StatusRow>? Statuses { get; set; }
    public List<IncomeRow>? Incomes { get; set; }

    /// <summary>add-status / end-status / upsert-income / remove-income: the one item.</summary>
    public StatusRow? Status { get; set; }
    public IncomeRow? Income { get; set; }

    /// <summary>Problems of the line itself: JSON, unknown fields, values.</summary>
    public List<ImportProblem> Problems { get; } = [];
}
