namespace TakeUp.Rules.Catalogs;

/// <summary>Compiles a catalog folder (catalog.yaml, parameters/, rights/) into an evaluable catalog.</summary>
public static class CatalogCompiler
{
    public static CompileResult Compile(string directory) => throw new NotImplementedException("engine under construction");
}
