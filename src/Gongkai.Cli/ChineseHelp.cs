namespace Gongkai.Cli;

/// <summary>
/// <c>--help</c> in Chinese throughout. System.CommandLine's zh-Hans resources translate its section titles only in
/// part: "Description:", "[command]", "[options]" and "[default: …]" stay English. The library writes the help
/// (its help builder is not public), and <see cref="Translate"/> then says those fixed labels in Chinese.
/// </summary>
internal static class ChineseHelp
{
    // The library's fixed labels that its zh-Hans resources leave in English, and what they say.
    private static readonly (string English, string Chinese)[] Labels =
    [
        ("Description:", "说明:"),
        ("[command]", "[命令]"),
        ("[options]", "[选项]"),
        ("[default: ", "[默认: "),
        ("(REQUIRED)", "（必需）"),
        ("Commands:", "命令:"),
        ("Arguments:", "参数:"),
        ("Options:", "选项:"),
        ("Usage:", "用法:"),
    ];

    public static string Translate(string help)
    {
        foreach (var (english, chinese) in Labels)
        {
            help = help.Replace(english, chinese, StringComparison.Ordinal);
        }

        return help;
    }
}
