namespace TakeUp.Cli;

/// <summary>--municipality: the municipality's NIS code, five digits ("44021").</summary>
internal static class MunicipalityOption
{
    public static bool IsValid(string? text) => text is { Length: 5 } && text.All(char.IsAsciiDigit);
}
