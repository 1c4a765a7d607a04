using System.CommandLine;

namespace Gongkai.Cli;

/// <summary>The FILE|DIR argument shared by the verbs, and the option that keeps directories to their own files.</summary>
/// <remarks>
/// A token that looks like an option but matches none is taken by System.CommandLine for a file name; the CLI
/// refuses it as an unknown option unless it comes after <c>--</c> (<see cref="ParseErrors"/>).
/// </remarks>
internal static class InputArguments
{
    public static Argument<string[]> Create(string description) =>
        new("输入") { Description = description + "；目录含子目录。以 - 开头的文件名请放在 -- 之后", Arity = ArgumentArity.OneOrMore };

    public static Option<bool> NoRecursive() => new("--no-recursive") { Description = "只读目录本身的文件，不进入子目录" };
}
