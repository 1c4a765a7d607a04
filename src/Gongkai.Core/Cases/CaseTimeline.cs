using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Cases;

/// <summary>The facts of a case the working-day clock counts from (<see cref="ClockInputs"/>): start, pauses and extension.</summary>
public static class CaseTimeline
{
    /// <summary>
    /// The clock basis of <paramref name="c"/>. A wait still going on is paused for as long as the other side may
    /// take — the deadline shown and stored is then the latest the law allows on what is known, and a case is never
    /// overdue while it rightly waits: a consultation until its answer, at most
    /// <see cref="ClockSettings.ConsultationWorkingDays"/> (条例 art. 32 and 34: 15 working days; then the agency
    /// decides without the opinion, or the other agency is taken to agree); a fee wait until payment, at most
    /// <see cref="ClockSettings.FeePaymentWorkingDays"/> from the notice (<see cref="ClockSettings.FeeWaitPausesClock"/>
    /// is the assumption, cases.md §4, that those days do not count); a 补正 until the supplement — from which the
    /// period runs anew (art. 30) — at most to the period the agency granted. A wait the case closed during ends with it.
    /// </summary>
    public static ClockInputs Of(RequestCase c, WorkingCalendar calendar, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);

        // 条例 art. 30: after 补正 the period runs from the receipt of the supplemented application.
        var supplied = c.Steps.OfType<CorrectionSupplied>().FirstOrDefault();
        var start = supplied?.Date ?? c.Received;
        var closed = c.ClosedOn ?? DateOnly.MaxValue;
        var pauses = new List<DateSpan>();
        if (supplied is null && c.Steps.OfType<CorrectionRequested>().FirstOrDefault() is { } correction)
        {
            pauses.Add(new DateSpan(correction.Date, Later(correction.Date, Earlier(correction.SupplementDue, closed)),
                "等待申请人补正，答复期限自收到补正材料之日起重新计算（条例第三十条）"));
        }

        foreach (var span in Consultations(c))
        {
            var reason = span.Started.Party == ConsultationParty.ThirdParty
                ? $"征求第三方（{span.Started.PartyName}）意见，所需时间不计算在答复期限内（条例第三十二条、第三十三条）"
                : $"征求其他机关（{span.Started.PartyName}）意见，所需时间不计算在答复期限内（条例第三十三条、第三十四条）";
            var end = Earlier(span.Answered?.Date ?? closed, ConsultationEnds(span.Started, calendar, settings));
            pauses.Add(new DateSpan(span.Started.Date, Later(span.Started.Date, end), reason));
        }

        if (settings.FeeWaitPausesClock && c.Steps.OfType<FeeNoticed>().FirstOrDefault() is { } notice)
        {
            var settled = c.Steps.FirstOrDefault(s => s is FeePaid or FeeLapsed);
            var end = Earlier(settled?.Date ?? closed, PaymentDue(notice, calendar, settings));
            pauses.Add(new DateSpan(notice.Date, Later(notice.Date, end),
                "等待申请人缴纳信息处理费，不计算在答复期限内（假定：依地方规定设置，非条例明文）"));
        }

        var extension = c.Steps.OfType<Extended>().FirstOrDefault()?.WorkingDays ?? 0;
        return new ClockInputs(start, [.. pauses.Where(p => p.To >= start).OrderBy(p => p.From)], extension);
    }

    /// <summary>The last day of the consultation period (条例 art. 32, 34) begun by <paramref name="started"/>.</summary>
    public static DateOnly ConsultationEnds(ConsultationStarted started, WorkingCalendar calendar, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(started);
        ArgumentNullException.ThrowIfNull(settings);
        return WorkingDays.Add(started.Date, settings.ConsultationWorkingDays, calendar, settings: settings);
    }

    /// <summary>
    /// The last day to pay the fee of <paramref name="notice"/>: ASSUMPTION (cases.md §4) —
    /// <see cref="ClockSettings.FeePaymentWorkingDays"/> working days counted from the day after the notice.
    /// </summary>
    public static DateOnly PaymentDue(FeeNoticed notice, WorkingCalendar calendar, ClockSettings settings)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(settings);
        return WorkingDays.Add(notice.Date, settings.FeePaymentWorkingDays, calendar, settings: settings);
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

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
