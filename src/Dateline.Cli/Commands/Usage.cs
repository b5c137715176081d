using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Store.Search;

namespace Dateline.Cli.Commands;

/// <summary>
/// The strict command line: unknown options and bad values are usage errors (exit code 2) with a plain message and,
/// for a misspelt option, a suggestion; never an input path, never a .NET type name. Ranges are checked before any
/// work starts.
/// </summary>
public static partial class Usage
{
    public const int ExitCode = 2;

    /// <summary>Parses the arguments, prints usage errors (exit code 2) or runs the command.</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(RawArguments(args));
        var command = parse.CommandResult.Command;
        var errors = parse.Errors.Select(e => Plain(e.Message, command)).Concat(UnknownOptions(parse, command)).Distinct().ToList();
        if (errors.Count == 0)
        {
            return parse.Invoke();
        }

        var name = command == root ? "dateline" : $"dateline {command.Name}";
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"{name}: {error}");
        }

        Console.Error.WriteLine($"Run '{name} --help' for what it takes.");
        return ExitCode;
    }

    /// <summary>
    /// .NET decodes the command line as UTF-8, so a file name that is not UTF-8 arrives with U+FFFD in place of its
    /// bytes and names nothing. On Linux the bytes are still in /proc/self/cmdline: such an argument is given back in
    /// the \xNN form messages use, which the reader turns back into the bytes.
    /// </summary>
    private static string[] RawArguments(string[] args)
    {
        if (!OperatingSystem.IsLinux() || !args.Any(a => a.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            return args;
        }

        try
        {
            var raw = File.ReadAllBytes("/proc/self/cmdline").AsSpan().TrimEnd((byte)0).ToArray();
            var all = new List<byte[]>();
            var start = 0;
            for (var i = 0; i <= raw.Length; i++)
            {
                if (i == raw.Length || raw[i] == 0)
                {
                    all.Add(raw[start..i]);
                    start = i + 1;
                }
            }

            if (all.Count < args.Length)
            {
                return args;
            }

            var mine = all.Skip(all.Count - args.Length).ToList();
            return [.. args.Select((a, i) => a.Contains('\uFFFD', StringComparison.Ordinal) ? Extraction.Input.Files.FilePath.Show(mine[i]) : a)];
        }
        catch (IOException)
        {
            return args;
        }
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            if (!TryValue(result, out int value))
            {
                return;
            }

            if (value < min || value > max)
            {
                result.AddError($"{option.Name} must be from {min} to {max} (got {value.ToString(CultureInfo.InvariantCulture)})");
            }
        });
        return option;
    }

    /// <summary>A date as the API takes it: yyyy, yyyy-MM or yyyy-MM-dd, and a real one.</summary>
    public static Option<string?> IsDate(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (TryValue(result, out string? value) && value is not null && !DateBounds.IsValid(value))
            {
                result.AddError($"{option.Name} must be a date written yyyy, yyyy-MM or yyyy-MM-dd (got '{Shorten(value)}')");
            }
        });
        return option;
    }

    /// <summary>The option's value, unless it could not be converted (the parser reports that error itself).</summary>
    public static bool TryValue<T>(OptionResult result, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>Tokens taken as arguments that look like options: a misspelt option would otherwise become an input path.</summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parse, Command command)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).Concat(["--help", "-h", "-?"]).ToHashSet(StringComparer.Ordinal);
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && !double.TryParse(token.Value, CultureInfo.InvariantCulture, out _) && !names.Contains(token.Value))
            {
                var suggestion = Nearest(token.Value, names);
                yield return $"unknown option '{token.Value}'" + (suggestion is null ? " (a path that starts with '-' goes after '--')" : $" (did you mean {suggestion}?)");
            }
        }
    }

    /// <summary>System.CommandLine's message without .NET type names.</summary>
    private static string Plain(string message, Command command)
    {
        var typed = CannotParse().Match(message);
        if (typed.Success)
        {
            var name = typed.Groups["option"].Value;
            var value = typed.Groups["value"].Value;
            var option = command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            var type = Nullable.GetUnderlyingType(option?.ValueType ?? typeof(object)) ?? option?.ValueType;
            var expected = type switch
            {
                { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant())),
                _ when type == typeof(int) || type == typeof(long) => "a whole number",
                _ when type == typeof(double) || type == typeof(float) => "a number",
                _ when type == typeof(bool) => "true or false",
                _ => "a valid value",
            };
            return $"{name} must be {expected} (got '{Shorten(value)}')";
        }

        return message.Replace("Required command was not provided", "give a command: " + string.Join(", ", command.Subcommands.Select(c => c.Name)), StringComparison.Ordinal)
            .Replace("Required argument missing for command: ", "missing arguments for ", StringComparison.Ordinal)
            .Replace("Unrecognized command or argument ", "unknown command or argument ", StringComparison.Ordinal)
            .TrimEnd('.');
    }

    private static string? Nearest(string token, IEnumerable<string> names)
    {
        var best = names.Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: Distance(token, n)))
            .OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, token.Length / 3) ? best.Name : null;
    }

    /// <summary>Edit distance (insertions, deletions, substitutions, and swaps of two neighbours).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '[^']+'", RegexOptions.Singleline)]
    private static partial Regex CannotParse();
}
