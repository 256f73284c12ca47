using System.Diagnostics.CodeAnalysis;

namespace TakeUp.Cli.Commands;

/// <summary>
/// The few argument forms takeup needs: "--name value", "--name=value", "--help"/"-h", "-" (standard input)
/// as an ordinary argument, and "--" to end the options. Every option takes a value and may be given once, except
/// the <paramref name="flags"/> ("--quarantine"), which take none and read as "true".
/// </summary>
internal static class ArgumentParser
{
    public static bool TryParse(IReadOnlyList<string> args, IReadOnlyCollection<string> options,
        [NotNullWhen(true)] out ParsedArguments? parsed, [NotNullWhen(false)] out string? problem,
        IReadOnlyCollection<string>? flags = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        bool help = false;
        parsed = null;

        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }
            if (arg is "--help" or "-h")
            {
                help = true;
                continue;
            }
            if (arg == "-" || !arg.StartsWith('-'))
            {
                positionals.Add(arg);
                continue;
            }

            if (flags is not null && flags.Contains(arg))
            {
                if (!values.TryAdd(arg, "true"))
                {
                    problem = $"option {arg} is given twice";
                    return false;
                }
                continue;
            }
            int equals = arg.IndexOf('=');
            string name = equals >= 0 ? arg[..equals] : arg;
            if (!options.Contains(name))
            {
                problem = $"unknown option \"{name}\"";
                return false;
            }
            string? value = equals >= 0 ? arg[(equals + 1)..] : null;
            if (value is null)
            {
                // "--date --lang nl" is a forgotten value, not a date called "--lang".
                if (i + 1 >= args.Count || (args[i + 1].StartsWith("--", StringComparison.Ordinal) && args[i + 1] != "--"))
                {
                    problem = $"option {name} needs a value";
                    return false;
                }
                value = args[++i];
            }
            if (!values.TryAdd(name, value))
            {
                problem = $"option {name} is given twice";
                return false;
            }
        }

        parsed = new ParsedArguments(values, positionals, help);
        problem = null;
        return true;
    }
}
