using Gongkai.Core.Cases.Clock;
using Gongkai.Core.Diagnostics;

namespace Gongkai.Application.Cases.Deadlines;

/// <summary>
/// The answer deadline of one application (条例 art. 33, docs/cases.md "The clock"): the official calendar, with the
/// entries of an extra calendar file added (a later year, a region's holidays), the extension checked against the
/// settings, the pauses checked for order.
/// </summary>
public static class ComputeDeadline
{
    /// <summary>Computes as <paramref name="options"/> says; failures are in the result, never thrown.</summary>
    public static DeadlineResult Run(DeadlineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Settings;
        var extension = options.ExtensionWorkingDays;
        if (extension < 0 || extension > settings.MaxExtensionWorkingDays)
        {
            // 条例 art. 33: one extension of at most 20 working days.
            return Failed(FailureKind.BadUsage, $"延长答复期限应为 0 至 {settings.MaxExtensionWorkingDays} 个工作日（条例第三十三条），实为 {extension} 个。");
        }

        if (options.Pauses.FirstOrDefault(p => p.To < p.From) is { } backwards)
        {
            return Failed(FailureKind.BadUsage, $"暂停期间 {DeadlineInput.Format(backwards.From)}..{DeadlineInput.Format(backwards.To)} 的结束日期早于开始日期。");
        }

        var calendar = WorkingCalendar.Official;
        if (options.CalendarFile is { } file)
        {
            var failure = ReadCalendar(file, out var extra);
            if (failure is not null)
            {
                return new DeadlineResult { Failure = failure };
            }

            calendar = calendar.With(extra!.Entries);
        }

        var explanation = AnswerDeadline.Compute(new ClockInputs(options.Received, options.Pauses, extension), calendar, settings);
        return new DeadlineResult { Explanation = explanation };
    }

    private static UseCaseFailure? ReadCalendar(string path, out WorkingCalendar? calendar)
    {
        calendar = null;
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            calendar = WorkingCalendar.FromCsv(reader, path);
            return null;
        }
        catch (CalendarFormatException ex)
        {
            return new(FailureKind.UnusableInput, $"节假日文件无效：{ex.Message}。");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return UseCaseFailure.Of(FailureKind.UnusableInput, $"{path}：无法读取节假日文件（{IoFailures.Describe(ex)}）。", ex);
        }
    }

    private static DeadlineResult Failed(FailureKind kind, string message) => new() { Failure = new(kind, message) };
}
