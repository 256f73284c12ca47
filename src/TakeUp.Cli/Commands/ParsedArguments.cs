namespace TakeUp.Cli.Commands;

/// <summary>A command's arguments: options by name ("--date" → "2025-03-01") and the rest in order.</summary>
internal sealed record ParsedArguments(IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Positionals, bool HelpRequested)
{
    public string? Option(string name) => Options.GetValueOrDefault(name);
}
