using System.Globalization;
using Gongkai.Store;

namespace Gongkai.Application.Cases.Letters;

/// <summary>Downloads a letter stored on a case within the caller's scope; outside it the letter is not found.</summary>
public static class GetLetter
{
    /// <summary>The letter <see cref="GetLetterOptions.LetterId"/> of case <see cref="GetLetterOptions.CaseId"/>.</summary>
    public static GetLetterResult Run(ReportStore store, GetLetterOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () =>
        {
            var letter = store.Cases.Letters(options.CaseId, options.Scope).FirstOrDefault(l => l.Id == options.LetterId);
            if (letter is null || store.Cases.LetterContent(letter.Id, options.Scope) is not { } content)
            {
                return new GetLetterResult
                {
                    Failure = new(FailureKind.NotFound, $"申请 {options.CaseId} 没有编号为 {options.LetterId.ToString(CultureInfo.InvariantCulture)} 的文书，或您无权查看。"),
                };
            }

            return new GetLetterResult { Letter = letter, Docx = content };
        }, failure => new GetLetterResult { Failure = failure });
    }
}
