using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Cases;

/// <summary>The facts of a case the working-day clock counts from (<see cref="ClockInputs"/>): start, pauses and extension.</summary>
public static class CaseTimeline
{
    /// <summary>
    /// The clock basis of <paramref name="c"/> as of <paramref name="asOf"/>: a consultation or fee wait still going on
    /// is paused up to that day. <paramref name="feeWaitPauses"/> is the setting of the assumption (cases.md §4, not
    /// law) that the days waiting for payment do not count.
    /// </summary>
    public static ClockInputs Of(RequestCase c, bool feeWaitPauses, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(c);

        // 条例 art. 30: after 补正 the period runs from the receipt of the supplemented application.
        var start = c.Steps.OfType<CorrectionSupplied>().FirstOrDefault()?.Date ?? c.Received;
        var pauses = new List<DateSpan>();
        foreach (var span in Consultations(c))
        {
            var reason = span.Started.Party == ConsultationParty.ThirdParty
                ? $"征求第三方（{span.Started.PartyName}）意见，所需时间不计算在答复期限内（条例第三十二条、第三十三条）"
                : $"征求其他机关（{span.Started.PartyName}）意见，所需时间不计算在答复期限内（条例第三十三条、第三十四条）";
            pauses.Add(new DateSpan(span.Started.Date, span.Answered?.Date ?? Later(span.Started.Date, asOf), reason));
        }

        if (feeWaitPauses && c.Steps.OfType<FeeNoticed>().FirstOrDefault() is { } notice)
        {
            var settled = c.Steps.FirstOrDefault(s => s is FeePaid or FeeLapsed);
            pauses.Add(new DateSpan(notice.Date, settled?.Date ?? Later(notice.Date, asOf),
                "等待申请人缴纳信息处理费，不计算在答复期限内（假定：依地方规定设置，非条例明文）"));
        }

        var extension = c.Steps.OfType<Extended>().FirstOrDefault()?.WorkingDays ?? 0;
        return new ClockInputs(start, [.. pauses.Where(p => p.To >= start).OrderBy(p => p.From)], extension);
    }

    /// <summary>Each consultation with the answer that ended it: an answer ends the earliest open one of its party.</summary>
    internal static IReadOnlyList<ConsultationSpan> Consultations(RequestCase c)
    {
        var spans = new List<ConsultationSpan>();
        foreach (var step in c.Steps)
        {
            if (step is ConsultationStarted started)
            {
                spans.Add(new ConsultationSpan(started, null));
            }
            else if (step is ConsultationAnswered answered)
            {
                var open = spans.FindIndex(s => s.Answered is null && s.Started.Party == answered.Party);
                if (open >= 0)
                {
                    spans[open] = spans[open] with { Answered = answered };
                }
            }
        }

        return spans;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
