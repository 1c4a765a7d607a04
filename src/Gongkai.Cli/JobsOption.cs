using System.CommandLine;
using System.Globalization;

namespace Gongkai.Cli;

/// <summary>
/// <c>-j/--jobs N</c>: how many files a batch verb (<c>parse</c>, <c>check</c>, <c>import</c>) reads at once; every
/// processor by default. The output is the same whatever the number (issue #16).
/// </summary>
internal static class JobsOption
{
    public static Option<int?> Create()
    {
        var option = new Option<int?>("--jobs", "-j") { Description = "同时处理的文件数（默认为处理器核数；1 表示逐个处理）" };
        option.Validators.Add(result =>
        {
            // Read from the token: a value that is not a number never converts, and asking for it would throw.
            foreach (var token in result.Tokens)
            {
                if (!int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) || jobs < 1)
                {
                    result.AddError("--jobs 必须是正整数（同时处理的文件数；1 表示逐个处理）。");
                }
            }
        });
        return option;
    }
}
