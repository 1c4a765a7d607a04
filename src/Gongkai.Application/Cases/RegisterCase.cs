using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Application.Cases.Letters;
using Gongkai.Core.Cases;
using Gongkai.Reporting.Letters;
using Gongkai.Store;
using Gongkai.Store.Cases;

namespace Gongkai.Application.Cases;

/// <summary>
/// Registers an application (条例 art. 29 contents, art. 31 receipt date): a new id, the unit's next registry number
/// (or the one given, if free), the deadline of <see cref="CaseDue"/> stored with it, optionally the 受理回执.
/// </summary>
public static partial class RegisterCase
{
    private const int NumberAttempts = 20;

    /// <summary>Registers as <paramref name="options"/> says; failures are in the result.</summary>
    public static RegisterCaseResult Run(ReportStore store, RegisterCaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () => Register(store, options), failure => new RegisterCaseResult { Failure = failure });
    }

    private static RegisterCaseResult Register(ReportStore store, RegisterCaseOptions options)
    {
        if (CaseAccess.WriteRefusal(store, options.UnitId, options.Scope) is { } refusal)
        {
            return Failed(refusal);
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Applicant.Name))
        {
            problems.Add("须填写申请人姓名或名称（条例第二十九条）。");
        }

        if (string.IsNullOrWhiteSpace(options.Content))
        {
            problems.Add("须填写申请公开的政府信息的名称、文号或者其他特征性描述（条例第二十九条）。");
        }

        var receipt = ReceiptRules.ReceiptDate(options.Channel, options.Arrived, options.Confirmed);
        if (receipt.Error is { } error)
        {
            problems.Add(error);
        }

        if (options.Number is { } given && string.IsNullOrWhiteSpace(given))
        {
            problems.Add("申请编号不能为空白。");
        }

        if (problems.Count > 0)
        {
            return Failed(new(FailureKind.BadUsage, string.Join(Environment.NewLine, problems)));
        }

        var today = options.Today ?? CaseToday.Now();
        var clock = CaseClockSource.For(store, options.UnitId);
        var c = new RequestCase
        {
            Id = Guid.NewGuid().ToString("D"),
            UnitId = options.UnitId,
            Number = options.Number?.Trim() ?? "",
            Applicant = options.Applicant,
            Channel = options.Channel,
            Arrived = options.Arrived,
            Confirmed = options.Confirmed,
            Received = receipt.Date!.Value,
            Content = options.Content.Trim(),
            ProvisionForm = options.ProvisionForm,
            Attachments = options.Attachments,
            Assignee = options.Assignee,
        };

        var saved = Insert(store, c, options.Number is null, clock, today, options.User);
        if (saved is null)
        {
            return Failed(new(FailureKind.Conflict, $"本单位已有编号为 {options.Number} 的申请，请换一个编号。"));
        }

        CaseLetter? letter = null;
        if (options.Acknowledge)
        {
            var (written, failure) = CaseLetterWriting.Write(store, saved, LetterKind.Acknowledgement, null, options.User, today, today);
            if (failure is not null)
            {
                return Failed(failure);
            }

            letter = written;
        }

        var stored = store.Cases.Get(saved.Id, options.Scope)!;
        return new RegisterCaseResult
        {
            Case = CaseViews.Build(store, options.Scope, stored, clock, today),
            ReceiptRule = ReceiptRules.Explain(options.Channel),
            Letter = letter,
        };
    }

    // Inserts c under its number, or under the unit's next free {year}-{seq:0000} (retried when another clerk took it meanwhile).
    private static RequestCase? Insert(ReportStore store, RequestCase c, bool numberIt, CaseClockContext clock, DateOnly today, string user)
    {
        var due = CaseDue.Of(c, clock, today);
        for (var attempt = 0; attempt < (numberIt ? NumberAttempts : 1); attempt++)
        {
            var numbered = numberIt ? c with { Number = NextNumber(store, c.UnitId, c.Received.Year) } : c;
            if (store.Cases.Insert(numbered, due, user).Outcome == CaseSaveOutcome.Saved)
            {
                return numbered;
            }
        }

        return null;
    }

    /// <summary>The next number of <paramref name="unitId"/> in <paramref name="year"/>: <c>2026-0001</c>, <c>2026-0002</c>, …</summary>
    internal static string NextNumber(ReportStore store, string unitId, int year)
    {
        var prefix = year.ToString(CultureInfo.InvariantCulture) + "-";
        var last = store.Cases.NumbersStartingWith(unitId, prefix)
            .Select(n => Sequence().Match(n[prefix.Length..]))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (last + 1).ToString("0000", CultureInfo.InvariantCulture);
    }

    private static RegisterCaseResult Failed(UseCaseFailure failure) => new() { Failure = failure };

    [GeneratedRegex(@"^\d{1,9}$")]
    private static partial Regex Sequence();
}
