using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Gongkai.Cli;

/// <summary>
/// What is wrong with a command line, in Chinese: System.CommandLine's own messages are partly English
/// (<c>Cannot parse argument … System.Int32</c>, <c>Option '--year' is required</c>), so each error is described
/// again from the symbol it is about — which option or argument, given or not, what its value should be — never
/// from its English text, which is kept only as the detail shown with <c>--verbose</c>.
/// </summary>
internal static class ParseErrors
{
    /// <summary>The problems of <paramref name="parsed"/> (none when it is usable), each with System.CommandLine's own text.</summary>
    public static IReadOnlyList<(string Message, string? Detail)> Describe(ParseResult parsed)
    {
        var problems = new List<(string Message, string? Detail)>();
        var optionLike = OptionLikeArguments(parsed).ToList();
        // Loops rather than LINQ over the tuples: this runs on every command line, and generic code over value types
        // is compiled at start-up, ReadyToRun cannot precompile it (docs/performance.md).
        foreach (var token in optionLike)
        {
            problems.Add(($"未知的选项：{token}（以 - 开头的文件名请写在 -- 之后）", null));
        }

        foreach (var token in parsed.UnmatchedTokens)
        {
            problems.Add((Unmatched(parsed, token), null));
        }

        foreach (var error in parsed.Errors)
        {
            // "units link --year": --year is an unknown option, already said; not also a report number that is not a number.
            if (error.SymbolResult is ArgumentResult { Tokens.Count: > 0 } taken && taken.Tokens.All(t => optionLike.Contains(t.Value)))
            {
                continue;
            }

            if (Describe(parsed, error) is { } message)
            {
                problems.Add((message, error.Message));
            }
        }

        return problems.Count == 0 ? problems : [.. problems.DistinctBy(p => p.Message)];
    }

    // null: the error is an unmatched token, already described from UnmatchedTokens.
    private static string? Describe(ParseResult parsed, ParseError error) => error.SymbolResult switch
    {
        OptionResult { Tokens.Count: 0, Implicit: true } option => $"缺少必需的选项 {option.Option.Name}。",
        OptionResult { Tokens.Count: 0 } option => $"选项 {option.Option.Name} 缺少值。",
        OptionResult option => BadValue($"选项 {option.Option.Name}", option.Option, option.Option.ValueType, option.Tokens),
        ArgumentResult { Tokens.Count: 0 } argument => $"{CommandPath(argument.Parent as CommandResult)}缺少参数“{argument.Argument.Name}”。",
        ArgumentResult argument => BadValue($"参数“{argument.Argument.Name}”", argument.Argument, argument.Argument.ValueType, argument.Tokens),
        CommandResult command when command == parsed.CommandResult && command.Command.Subcommands.Count > 0 && command.Command.Action is null =>
            $"请给出{(command.Parent is null ? "要执行的命令" : $" {CommandPath(command).TrimEnd()} 的子命令")}：{string.Join("、", command.Command.Subcommands.Select(c => c.Name))}。",
        CommandResult when parsed.UnmatchedTokens.Count > 0 => null,
        CommandResult command => $"{CommandPath(command)}的用法有误。",
        _ => "命令行有误。",
    };

    private static string Unmatched(ParseResult parsed, string token) =>
        token.StartsWith('-') && token.Length > 1 ? $"未知的选项：{token}"
        : parsed.CommandResult.Parent is null && parsed.UnmatchedTokens[0] == token ? $"未知的命令：{token}"
        : $"多余的参数：{token}";

    // A token such as --bogus, where the command takes file names, is taken for one by System.CommandLine; it is an
    // unknown option unless it follows "--", after which everything is a file name.
    private static IEnumerable<string> OptionLikeArguments(ParseResult parsed)
    {
        var tokens = parsed.Tokens.ToList();
        var endOfOptions = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as CommandResult)
        {
            foreach (var argument in command.Command.Arguments)
            {
                foreach (var token in parsed.GetResult(argument)?.Tokens ?? [])
                {
                    var position = tokens.FindIndex(t => ReferenceEquals(t, token));
                    if (token.Value.Length > 1 && token.Value.StartsWith('-') && !decimal.TryParse(token.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) &&
                        (endOfOptions < 0 || position < endOfOptions))
                    {
                        yield return token.Value;
                    }
                }
            }
        }
    }

    private static string BadValue(string subject, Symbol symbol, Type type, IReadOnlyList<Token> tokens)
    {
        subject += subject.EndsWith('”') ? "" : " "; // 选项 --year 的值, 参数“报告编号”的值
        var valueType = Nullable.GetUnderlyingType(type) ?? (type.IsArray ? type.GetElementType()! : type);
        valueType = Nullable.GetUnderlyingType(valueType) ?? valueType;
        var allowed = Completions(symbol);
        if (allowed.Count > 0)
        {
            var wrong = tokens.FirstOrDefault(t => !allowed.Contains(t.Value, StringComparer.OrdinalIgnoreCase))?.Value ?? tokens[0].Value;
            return $"{subject}的值“{wrong}”无效，可选：{string.Join("、", allowed)}。";
        }

        if (valueType == typeof(int) || valueType == typeof(long) || valueType == typeof(short))
        {
            var wrong = tokens.FirstOrDefault(t => !long.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))?.Value ?? tokens[0].Value;
            return $"{subject}的值“{wrong}”不是整数{(wrong.Length > 0 && long.TryParse(wrong, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? "或超出范围" : "")}。";
        }

        if (valueType == typeof(decimal) || valueType == typeof(double))
        {
            return $"{subject}的值“{tokens[0].Value}”不是数字。";
        }

        return $"{subject}的值“{string.Join(" ", tokens.Select(t => t.Value))}”无效。";
    }

    // The values an option or argument accepts, when it has a fixed set: AcceptOnlyFromAmong, or an enum's names.
    private static List<string> Completions(Symbol symbol) => symbol switch
    {
        Option option => [.. option.GetCompletions(CompletionContext.Empty).Select(c => c.Label)],
        Argument argument => [.. argument.GetCompletions(CompletionContext.Empty).Select(c => c.Label)],
        _ => [],
    };

    /// <summary>The verbs leading to <paramref name="command"/>, each followed by a space (empty for the root).</summary>
    public static string CommandPath(CommandResult? command)
    {
        var names = new List<string>();
        for (var c = command; c?.Parent is not null; c = c.Parent as CommandResult)
        {
            names.Insert(0, c.Command.Name);
        }

        return names.Count == 0 ? "" : $"{string.Join(" ", names)} ";
    }
}
