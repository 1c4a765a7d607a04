using FsCheck;
using FsCheck.Fluent;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.Core.Tests.Cases.Clock;

/// <summary>Properties of <see cref="AnswerDeadline"/> over random applications received 2019–2026, with random pauses and extensions.</summary>
public sealed class AnswerDeadlinePropertyTests
{
    private const int Cases = 2000;

    private static readonly DateOnly FirstDay = new(2019, 1, 1);

    private static WorkingCalendar Official => WorkingCalendar.Official;

    private static Arbitrary<ClockInputs> Inputs { get; } = Arb.From(
        from offset in Gen.Choose(0, new DateOnly(2026, 12, 31).DayNumber - FirstDay.DayNumber)
        from pauses in Gen.ListOf(Pause).Resize(3)
        from extension in Gen.Choose(0, 20)
        let received = FirstDay.AddDays(offset)
        select new ClockInputs(received, [.. pauses.Select(p => new DateSpan(received.AddDays(p.Start), received.AddDays(p.Start + p.Length), "征求第三方意见"))], extension));

    private static Gen<(int Start, int Length)> Pause =>
        from start in Gen.Choose(-10, 60)
        from length in Gen.Choose(0, 25)
        select (start, length);

    [Fact]
    public void Counts_exactly_twenty_days_plus_the_extension()
    {
        Check(inputs => Compute(inputs).Counted.Count == 20 + inputs.ExtensionWorkingDays);
    }

    [Fact]
    public void Is_due_at_least_twenty_working_days_after_the_receipt_day()
    {
        Check(inputs =>
        {
            var due = Compute(inputs).Due;
            return WorkingDays.Count(inputs.Received, due, Official) >= 20 + inputs.ExtensionWorkingDays
                && WorkingDays.Count(inputs.Received, due, Official, inputs.Pauses) == 20 + inputs.ExtensionWorkingDays;
        });
    }

    [Fact]
    public void Never_counts_a_paused_day_or_a_day_off()
    {
        Check(inputs =>
        {
            var explanation = Compute(inputs);
            return explanation.Counted.All(day => day > inputs.Received && Official.IsWorkingDay(day) && !inputs.Pauses.Any(p => p.Contains(day)))
                && explanation.Counted.Zip(explanation.Counted.Skip(1)).All(pair => pair.First < pair.Second);
        });
    }

    [Fact]
    public void Is_due_on_a_working_day_never_inside_a_holiday_or_a_pause()
    {
        Check(inputs =>
        {
            var explanation = Compute(inputs);
            return Official.IsWorkingDay(explanation.Due)
                && Official.WhyNotWorking(explanation.Due) is null
                && !Official.Entries.Any(e => e.Date == explanation.Due && e.Kind == CalendarDayKind.Holiday)
                && !inputs.Pauses.Any(p => p.Contains(explanation.Due))
                && explanation.Counted[^1] == explanation.Due;
        });
    }

    [Fact]
    public void An_extension_adds_exactly_its_working_days_and_never_more_than_twenty()
    {
        Check(inputs =>
        {
            var withExtension = Compute(inputs).Due;
            var without = Compute(inputs with { ExtensionWorkingDays = 0 }).Due;
            var added = WorkingDays.Count(without, withExtension, Official, inputs.Pauses);
            return without <= withExtension && added == inputs.ExtensionWorkingDays && added <= 20;
        });
    }

    [Fact]
    public void Explains_every_day_between_receipt_and_due_date_once()
    {
        Check(inputs =>
        {
            var explanation = Compute(inputs);
            var explained = explanation.Counted.Concat(explanation.Skipped.Select(s => s.Date)).Order().ToList();
            var days = explanation.Due.DayNumber - inputs.Received.DayNumber;
            return explained.SequenceEqual(Enumerable.Range(1, days).Select(inputs.Received.AddDays))
                && explanation.Skipped.All(s => s.Reason.Length > 0);
        });
    }

    private static DeadlineExplanation Compute(ClockInputs inputs) => AnswerDeadline.Compute(inputs, Official, ClockSettings.Default);

    private static void Check(Func<ClockInputs, bool> property) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Inputs, property));
}
