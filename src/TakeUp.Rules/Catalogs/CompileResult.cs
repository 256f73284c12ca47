using TakeUp.Rules.Diagnostics;

namespace TakeUp.Rules.Catalogs;

/// <summary>A compiled catalog, or the diagnostics that prevented it. Never both empty.</summary>
public sealed record CompileResult(ICatalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Catalog is not null && Diagnostics.Count == 0;
}
