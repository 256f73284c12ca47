using TakeUp.Rules.Catalogs;

namespace TakeUp.Cli;

/// <summary>A catalog folder and what it compiled to.</summary>
internal sealed record LoadedCatalog(string Directory, ICatalog Catalog);
