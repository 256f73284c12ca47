using TakeUp.Rules.Binding;
using TakeUp.Rules.Binding.Nodes;
using TakeUp.Rules.Compilation;
using TakeUp.Rules.Declarations;
using TakeUp.Rules.Diagnostics;

namespace TakeUp.Rules.Catalogs;

/// <summary>
/// Compiles a catalog folder in named stages: read (YAML → declarations), parse and bind (expressions →
/// typed trees, per right), order (dependencies between rights, cycles refused). Every problem of every stage
/// is reported with its file position; a catalog with any problem is not returned.
/// </summary>
public static class CatalogCompiler
{
    public static CompileResult Compile(string directory)
    {
        var diagnostics = new List<Diagnostic>();
        var declaration = CatalogReader.Read(directory, diagnostics);
        if (declaration is null) return new CompileResult(null, diagnostics);

        var parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var p in declaration.Parameters)
            if (!parameters.TryAdd(p.Path, new Parameter(p)))
                diagnostics.Add(new Diagnostic(p.Location, $"parameter '{p.Path}' is declared twice"));

        var levels = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var r in declaration.Rights)
            if (!levels.TryAdd(r.Id, r.IsPersonLevel))
                diagnostics.Add(new Diagnostic(r.Location, $"right '{r.Id}' is declared twice"));

        var bound = declaration.Rights.Select(r => Binder.Bind(r, parameters, levels, diagnostics)).ToList();
        if (diagnostics.Count > 0 || bound.Any(b => b is null)) return new CompileResult(null, diagnostics);

        var ordered = Order(bound!, diagnostics);
        if (ordered is null) return new CompileResult(null, diagnostics);

        var index = ordered.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var right in ordered)
            foreach (var root in Roots(right))
                foreach (var entitled in BoundTree.Descendants(root).OfType<BoundEntitled>())
                    entitled.Right = index[entitled.RightId];
        var interner = new Interner();
        var interned = ordered.Select(Hoisting.Hoist).Select(interner.Intern).ToList();
        return new CompileResult(new CompiledCatalog(declaration, interned, parameters.Values.ToList()), diagnostics);
    }

    internal static IEnumerable<BoundExpression> Roots(BoundRight right) =>
        right.Conditions.Select(c => c.When).Concat(right.Grounds.Select(g => g.When))
            .Concat(right.Amount is null ? [] : [right.Amount]);

    /// <summary>Depth-first topological order; a right that depends on itself through others is an error naming the circle.</summary>
    private static List<BoundRight>? Order(IReadOnlyList<BoundRight> rights, List<Diagnostic> diagnostics)
    {
        var byId = rights.ToDictionary(r => r.Id);
        var ordered = new List<BoundRight>();
        var state = new Dictionary<string, int>(); // 1 visiting, 2 done
        var path = new List<string>();
        bool ok = true;

        void Visit(BoundRight right)
        {
            if (state.GetValueOrDefault(right.Id) == 2) return;
            if (state.GetValueOrDefault(right.Id) == 1)
            {
                var circle = path.Skip(path.IndexOf(right.Id)).Append(right.Id);
                diagnostics.Add(new Diagnostic(right.Declaration.Location, $"rights depend on each other in a circle: {string.Join(" → ", circle)}"));
                ok = false;
                return;
            }
            state[right.Id] = 1;
            path.Add(right.Id);
            foreach (var dependency in right.Dependencies.Order(StringComparer.Ordinal)) Visit(byId[dependency]);
            path.RemoveAt(path.Count - 1);
            state[right.Id] = 2;
            ordered.Add(right);
        }

        foreach (var right in rights.OrderBy(r => r.Id, StringComparer.Ordinal)) Visit(right);
        return ok ? ordered : null;
    }
}
