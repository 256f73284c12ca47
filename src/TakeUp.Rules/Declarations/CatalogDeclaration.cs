namespace TakeUp.Rules.Declarations;

internal sealed record CatalogDeclaration(
    string Id, string Version, LocalizedText? Title,
    IReadOnlyList<ParameterDeclaration> Parameters, IReadOnlyList<RightDeclaration> Rights);
