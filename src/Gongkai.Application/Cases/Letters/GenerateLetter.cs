using Gongkai.Store;

namespace Gongkai.Application.Cases.Letters;

/// <summary>
/// Generates a letter (文书) on a case: the fields filled from the case, its steps and its unit's case profile, the
/// unit's own template of the kind if it uploaded one (else the default), rendered, stored on the case, with its print
/// view. A field the case has no value for stays visible as its placeholder and is listed in the warnings.
/// </summary>
public static class GenerateLetter
{
    /// <summary>Generates as <paramref name="options"/> says; failures are in the result.</summary>
    public static GenerateLetterResult Run(ReportStore store, GenerateLetterOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        return CaseStoreErrors.Guard(store, () =>
        {
            if (CaseLookup.Find(store, options.CaseId, options.Scope, out var notFound) is not { } stored)
            {
                return new GenerateLetterResult { Failure = notFound };
            }

            if (!CaseAccess.MayWrite(options.Scope))
            {
                return new GenerateLetterResult { Failure = CaseAccess.Forbidden() };
            }

            var today = options.Today ?? CaseToday.Now();
            var (letter, failure) = CaseLetterWriting.Write(store, stored.Case, options.Kind, options.Values, options.User, options.SignedOn ?? today, today);
            return new GenerateLetterResult { Letter = letter, Failure = failure };
        }, failure => new GenerateLetterResult { Failure = failure });
    }
}
