using System.Globalization;
using Gongkai.Core.Cases;
using Gongkai.Core.Cases.Clock;

namespace Gongkai.CaseBenchmarks;

/// <summary>
/// A realistic register of one fictional unit: cases received over five years up to a day, by the usual mix of applicant
/// kinds and channels, each through <see cref="CaseWorkflow.Apply"/> with the steps such cases take (补正, consultation,
/// extension, fee, withdrawal, decision, delivery); those whose next step would fall after the day stay open (about 3%,
/// some of them overdue), and a few decisions are appealed (table 四). The same seed gives the same register.
/// </summary>
public static class CaseUnitGenerator
{
    private const string Clerk = "王某某";
    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"];

    // Roughly how often each kind applies (自然人 most).
    private static readonly (ApplicantKind Kind, int Weight)[] Kinds =
    [
        (ApplicantKind.NaturalPerson, 80), (ApplicantKind.Commercial, 8), (ApplicantKind.Research, 1),
        (ApplicantKind.PublicInterest, 1), (ApplicantKind.LegalService, 5), (ApplicantKind.Other, 5),
    ];

    // The decided outcomes and their weights (the lapse outcomes and withdrawal come from their own steps).
    private static readonly (CaseOutcome Outcome, int Weight)[] Decisions =
    [
        (CaseOutcome.Granted, 45), (CaseOutcome.PartiallyGranted, 10), (CaseOutcome.WithheldStateSecret, 1), (CaseOutcome.WithheldOtherLaw, 1),
        (CaseOutcome.WithheldSecurity, 1), (CaseOutcome.WithheldThirdParty, 2), (CaseOutcome.WithheldInternal, 2), (CaseOutcome.WithheldProcess, 3),
        (CaseOutcome.WithheldEnforcement, 1), (CaseOutcome.WithheldQuery, 1), (CaseOutcome.UnavailableNotHeld, 15),
        (CaseOutcome.UnavailableNeedsCreation, 4), (CaseOutcome.RejectedPetition, 4), (CaseOutcome.RejectedDuplicate, 3),
        (CaseOutcome.RejectedPublication, 1), (CaseOutcome.RejectedExcessive, 1), (CaseOutcome.RejectedConfirmation, 1), (CaseOutcome.Other, 1),
    ];

    private static readonly SubmissionChannel[] Channels = Enum.GetValues<SubmissionChannel>();

    /// <summary>
    /// <paramref name="count"/> cases of unit <paramref name="unitCode"/> received from 1 January four years before
    /// <paramref name="asOf"/>'s year up to <paramref name="asOf"/>.
    /// </summary>
    public static GeneratedUnit Create(string unitCode, int count, DateOnly asOf, int seed)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        var random = new Random(seed);
        var first = new DateOnly(asOf.Year - 4, 1, 1);
        var span = asOf.DayNumber - first.DayNumber + 1;
        var received = Enumerable.Range(0, count).Select(_ => first.AddDays(random.Next(span))).Order().ToList();
        var cases = new List<RequestCase>(count);
        var due = new Dictionary<string, DateOnly>(count, StringComparer.Ordinal);
        var appeals = new List<CaseAppeal>();
        var sequence = new Dictionary<int, int>();
        foreach (var day in received)
        {
            var number = sequence[day.Year] = sequence.GetValueOrDefault(day.Year) + 1;
            var c = Steps(random, NewCase(random, unitCode, $"{day.Year.ToString(CultureInfo.InvariantCulture)}-{number:00000}", day), asOf);
            cases.Add(c);
            due[c.Id] = CaseClock.Deadline(c, WorkingCalendar.Official, ClockSettings.Default, asOf).Due;
            if (c.Outcome is { } outcome and not CaseOutcome.Granted && c.ClosedOn is { } closed && random.Next(100) < 4)
            {
                var filed = closed.AddDays(random.Next(10, 60));
                if (filed <= asOf)
                {
                    var decided = filed.AddDays(random.Next(30, 120));
                    var result = decided > asOf || random.Next(10) == 0 ? AppealResult.Pending : (AppealResult)random.Next(3);
                    var kind = (AppealKind)random.Next(3);
                    appeals.Add(new CaseAppeal($"{c.Id}-a", c.Id, kind, filed, result, result == AppealResult.Pending ? null : decided));
                }
            }
        }

        return new GeneratedUnit(unitCode, asOf, cases, due, appeals);
    }

    private static RequestCase NewCase(Random random, string unitCode, string number, DateOnly day)
    {
        var kind = Pick(random, Kinds);
        var channel = Channels[random.Next(Channels.Length)];
        var name = kind == ApplicantKind.NaturalPerson ? Surnames[random.Next(Surnames.Length)] + "某某" : $"青川县某某{Surnames[random.Next(Surnames.Length)]}氏有限公司";
        // Art. 31: in person and by signed post the arrival is the receipt; otherwise the day confirmed (here the same day).
        var confirmed = channel is SubmissionChannel.InPerson or SubmissionChannel.SignedPost ? (DateOnly?)null : day;
        return new RequestCase
        {
            Id = $"{unitCode}-{number}",
            UnitId = unitCode,
            Number = number,
            Applicant = new Applicant(kind, name, null, "13800000000", null),
            Channel = channel,
            Arrived = day,
            Confirmed = confirmed,
            Received = day,
            Content = "某某路段道路改造工程的立项批复及资金使用情况",
            Assignee = random.Next(4) == 0 ? "李某某" : Clerk,
        };
    }

    // The case's steps in order, each applied through the workflow; the first step that would be after asOf ends the
    // history (the case stays open); 2% of the cases are left undecided (open and, once old, overdue).
    private static RequestCase Steps(Random random, RequestCase c, DateOnly asOf)
    {
        var day = c.Received;
        var current = c;
        bool Apply(CaseStep step)
        {
            if (step.Date > asOf)
            {
                return false;
            }

            current = CaseWorkflow.Apply(current, step);
            day = step.Date;
            return true;
        }

        var roll = random.Next(100);
        var supplied = false;
        if (roll < 10)
        {
            var noticed = day.AddDays(random.Next(1, 6));
            var supplementDue = noticed.AddDays(15);
            if (!Apply(new CorrectionRequested(noticed, Clerk, "请写明所需信息的文件名称、文号", supplementDue)))
            {
                return current;
            }

            if (random.Next(5) == 0)
            {
                Apply(new CorrectionLapsed(supplementDue.AddDays(random.Next(1, 5)), Clerk));
                return current;
            }

            if (!Apply(new CorrectionSupplied(day.AddDays(random.Next(1, 14)), Clerk)))
            {
                return current;
            }

            supplied = true;
        }
        else if (roll < 13)
        {
            Apply(new Withdrawn(day.AddDays(random.Next(1, 20)), Clerk, "申请人撤回申请"));
            return current;
        }

        if (random.Next(100) < 2)
        {
            return current;
        }

        if (random.Next(100) < 5)
        {
            var party = random.Next(2) == 0 ? ConsultationParty.ThirdParty : ConsultationParty.OtherAgency;
            if (!Apply(new ConsultationStarted(day.AddDays(random.Next(1, 5)), Clerk, party, "青川县某某有限公司"))
                || !Apply(new ConsultationAnswered(day.AddDays(random.Next(3, 20)), Clerk, party)))
            {
                return current;
            }
        }

        if (random.Next(100) < 2)
        {
            var pages = random.Next(31, 400);
            if (!Apply(new FeeNoticed(day.AddDays(random.Next(1, 5)), Clerk, FeeMode.PerVolume, pages, FeeCalculator.PerVolume(pages))))
            {
                return current;
            }

            if (random.Next(4) == 0)
            {
                Apply(new FeeLapsed(day.AddDays(random.Next(30, 40)), Clerk));
                return current;
            }

            if (!Apply(new FeePaid(day.AddDays(random.Next(1, 15)), Clerk)))
            {
                return current;
            }
        }

        if (random.Next(100) < 5 && !Apply(new Extended(day.AddDays(random.Next(10, 20)), Clerk, random.Next(5, 21), "赵某某", "需要调取的档案较多")))
        {
            return current;
        }

        var outcome = Pick(random, Decisions);
        if (supplied && random.Next(5) == 0)
        {
            outcome = CaseOutcome.UnavailableUnclear; // 补正后申请内容仍不明确: only after a supplement
        }

        if (Apply(new Decided(day.AddDays(random.Next(2, 25)), Clerk, outcome, CaseOutcomes.Basis(outcome), null)))
        {
            Apply(new Delivered(day.AddDays(random.Next(0, 4)), Clerk, random.Next(2) == 0 ? "邮寄" : "电子邮件"));
        }

        return current;
    }

    private static T Pick<T>(Random random, (T Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("unreachable");
    }
}
