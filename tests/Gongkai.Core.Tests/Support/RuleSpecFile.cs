using System.Text.RegularExpressions;

namespace Gongkai.Core.Tests.Support;

/// <summary>One example of tests/specs/rules.md.</summary>
public sealed record RuleExample(string Section, int Number, string Base, string Patch, IReadOnlyList<string> Codes, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{Section} #{Number}";
}

/// <summary>Reads the examples of the rule catalogue (Markdig-style spec file, read at test time).</summary>
internal static partial class RuleSpecFile
{
    public static IReadOnlyList<RuleExample> Read(string path)
    {
        var examples = new List<RuleExample>();
        var lines = File.ReadAllLines(path);
        string section = "", baseName = "2021";
        var codes = new List<string>();
        var number = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = lines[i][3..].Trim();
                codes = CodePattern().Matches(section).Select(m => m.Value).ToList();
                number = 0;
                continue;
            }

            if (!lines[i].StartsWith("```example", StringComparison.Ordinal))
            {
                continue;
            }

            baseName = lines[i].Contains("base=2019", StringComparison.Ordinal) ? "2019" : "2021";
            var patch = new List<string>();
            var expected = new List<string>();
            var target = patch;
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                if (lines[i] == ".")
                {
                    target = expected;
                }
                else if (lines[i].Trim().Length > 0)
                {
                    target.Add(lines[i].Trim());
                }
            }

            examples.Add(new RuleExample(section, ++number, baseName, string.Join('\n', patch), codes, expected.Where(e => e != "(none)").ToList()));
        }

        return examples;
    }

    [GeneratedRegex(@"GK\d{4}")]
    private static partial Regex CodePattern();
}
