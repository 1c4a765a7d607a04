using System.Text.RegularExpressions;
using Gongkai.Application;

namespace Gongkai.Cli.Tests;

/// <summary>Command-line errors in Chinese, naming the option or argument, with System.CommandLine's English only behind --verbose.</summary>
public sealed partial class ParseErrorsTests
{
    [Theory]
    [InlineData("选项 --year 的值“abc”不是整数。", "rollup", "--year", "abc")]
    [InlineData("选项 --jobs 的值“abc”不是整数。", "import", "x.txt", "-j", "abc")]
    [InlineData("参数“报告编号”的值“abc”不是整数。", "units", "link", "abc", "X01")]
    [InlineData("缺少必需的选项 --year。", "rollup")]
    [InlineData("缺少必需的选项 --out。", "export", "--format", "long")]
    [InlineData("选项 --severity 缺少值。", "audit", "--year", "2021", "--severity")]
    [InlineData("选项 --severity 的值“Bad”无效，可选：Error、Info、Warning。", "check", "--severity", "Bad", "x.txt")]
    [InlineData("选项 --format 的值“xml”无效，可选：csv、json、text。", "rollup", "--year", "2021", "--format", "xml")]
    [InlineData("check 缺少参数“输入”。", "check")]
    [InlineData("units link 缺少参数“单位代码”。", "units", "link", "1")]
    [InlineData("请给出 units 的子命令：import、list、questions、link。", "units")]
    [InlineData("未知的命令：frob", "frob")]
    [InlineData("多余的参数：b.txt", "dump", "a.txt", "b.txt")]
    [InlineData("未知的选项：--bogus", "rollup", "--year", "2021", "--bogus")]
    [InlineData("未知的选项：--bogus（以 - 开头的文件名请写在 -- 之后）", "check", "x.txt", "--bogus")]
    [InlineData("未知的选项：-x.txt（以 - 开头的文件名请写在 -- 之后）", "parse", "-x.txt")]
    public void Each_kind_of_error_is_said_in_chinese_naming_what_is_wrong(string expected, params string[] args)
    {
        var (exit, output, error) = Run(args);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Equal("", output);
        Assert.Contains($"命令行错误：{expected}", error.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.DoesNotMatch(EnglishSentence(), WithoutCommandNames(error));
    }

    [Fact]
    public void The_usage_hint_names_the_verb()
    {
        var (_, _, error) = Run("units", "link", "abc", "X01");

        Assert.Contains("用法见 gongkai units link --help。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_system_commandlines_own_text_as_detail()
    {
        var (exit, _, error) = Run("rollup", "--year", "abc", "--verbose");

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains("命令行错误：选项 --year 的值“abc”不是整数。", error, StringComparison.Ordinal);
        Assert.Contains("（详细：Cannot parse argument 'abc'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("parse")]
    public void After_a_double_dash_a_name_starting_with_a_dash_is_a_file(string verb)
    {
        var temp = Directory.CreateTempSubdirectory("gongkai-dash-").FullName;
        var previous = Environment.CurrentDirectory;
        try
        {
            File.Copy(Path.Combine(Gongkai.Testing.RepositoryRoot.Samples, "s01-docx-2021-clean.txt"), Path.Combine(temp, "-x.txt"));
            Environment.CurrentDirectory = temp;

            var (exit, output, error) = Run(verb, "--", "-x.txt");

            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains("青禾市自然资源和规划局", output, StringComparison.Ordinal);
            Assert.DoesNotContain("命令行错误", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Directory.Delete(temp, recursive: true);
        }
    }

    public static TheoryData<string[]> BadCommandLines()
    {
        var data = new TheoryData<string[]>();
        string[][] verbs =
        [
            ["parse"], ["check"], ["eval"], ["dump"], ["import"], ["units"], ["units", "import"], ["units", "list"],
            ["units", "questions"], ["units", "link"], ["rollup"], ["compare"], ["audit"], ["export"], ["new"], ["render"],
        ];
        foreach (var verb in verbs)
        {
            // Bare `units list` and `units questions` are valid; parse, check and import take any number of files.
            if (verb is not [_, "list" or "questions"])
            {
                data.Add(verb);
            }

            if (verb is not ["parse" or "check" or "import"])
            {
                data.Add([.. verb, "a", "b", "c", "d"]);
            }

            data.Add([.. verb, "--bogus"]);
            data.Add([.. verb, "--year", "abc"]);
            data.Add([.. verb, "--year"]);
            data.Add([.. verb, "--format", "no-such-format"]);
            data.Add([.. verb, "--severity", "Loud"]);
            data.Add([.. verb, "--jobs", "many"]);
        }

        data.Add(["--bogus"]);
        data.Add(["frob", "nicate"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadCommandLines))]
    public void No_english_sentence_reaches_the_user_for_any_bad_command_line(string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.StartsWith("命令行错误：", error, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishSentence(), WithoutCommandNames(error));
    }

    // Messages name verbs (units link 缺少参数…, gongkai units link --help): identifiers, not English.
    private static string WithoutCommandNames(string text)
    {
        var names = new List<string> { "gongkai" };
        var pending = new Stack<System.CommandLine.Command>([CliApp.CreateRootCommand()]);
        while (pending.TryPop(out var command))
        {
            names.Add(command.Name);
            command.Subcommands.ToList().ForEach(pending.Push);
        }

        return Regex.Replace(text, $@"(?<![-\w])({string.Join('|', names.Select(Regex.Escape))})(?![-\w])", "");
    }

    // Two ASCII words in a row, once option names (--year) are taken out: "Cannot parse", "is required".
    [GeneratedRegex(@"(?<![-\w])[A-Za-z]{2,}[ '.,:]+[A-Za-z]{2,}")]
    private static partial Regex EnglishSentence();

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
