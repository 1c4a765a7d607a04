using System.CommandLine;

namespace Gongkai.Cli;

/// <summary>The FILE|DIR argument shared by the verbs, refusing unknown options that would otherwise be taken for file names.</summary>
internal static class InputArguments
{
    public static Argument<string[]> Create(string description)
    {
        var argument = new Argument<string[]>("输入") { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                result.AddError($"未知选项：{token.Value}");
            }
        });
        return argument;
    }
}
