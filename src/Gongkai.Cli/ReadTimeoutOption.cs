using System.CommandLine;
using System.Globalization;
using Gongkai.Parsing.Reading;

namespace Gongkai.Cli;

/// <summary><c>--timeout SECONDS</c>: the read time budget of each file (<see cref="ReaderLimits.ReadTimeout"/>), shared by the verbs that read reports.</summary>
internal static class ReadTimeoutOption
{
    public static Option<double?> Create()
    {
        var option = new Option<double?>("--timeout")
        {
            Description = $"每个文件的读取时限（秒），超过即记为无法读取并跳过，继续处理其余文件；默认 {ReaderLimits.Default.ReadTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} 秒",
        };
        option.Validators.Add(result =>
        {
            // Read from the token: a value that is not a number never converts, and asking for it would throw.
            foreach (var token in result.Tokens)
            {
                if (!double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0 && seconds <= 24 * 3600))
                {
                    result.AddError("--timeout 必须是大于 0、不超过 86400 的秒数。");
                }
            }
        });
        return option;
    }

    /// <summary>The budget given, or <see langword="null"/> for the default.</summary>
    public static TimeSpan? Value(double? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}
