using System.CommandLine;
using Gongkai.Application;
using Gongkai.Application.Cases.Letters;
using Gongkai.Cli.Formatting;
using Gongkai.Reporting.Letters;
using Gongkai.Store;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai cases letter ID --kind 补正告知书 [--out FILE] [--value 名称=值 …]</c>: generates and stores a letter on a case.</summary>
internal static class CasesLetterVerb
{
    public static Command Create()
    {
        var id = new Argument<string>("申请编号") { Description = "申请的编号" };
        var kind = new Option<string>("--kind") { Description = $"文书：{string.Join("、", LetterKinds.All.Select(LetterKinds.Title))}", HelpName = "文书", Required = true };
        var output = new Option<string?>("--out") { Description = "保存到该文件，默认为当前文件夹中的“文书名-申请编号.docx”", HelpName = "文件" };
        var values = new Option<string[]>("--value") { Description = "补充或替换字段的值，格式 字段名称=值（如 文书编号=青应急受〔2026〕1号），可给多个", HelpName = "名称=值", AllowMultipleArgumentsPerToken = true };
        var date = new Option<string?>("--date") { Description = "落款日期（YYYY-MM-DD），默认今天", HelpName = "日期" };
        var user = CaseVerbs.User();
        var db = StoreOptions.Database();
        var command = new Command("letter", "为申请生成文书（Word 文件），并保存到该申请的文书中") { id, kind, output, values, date, user, db };
        command.SetStoreAction(db, (result, store, stdout, error) =>
        {
            var kindText = result.GetValue(kind)!;
            var letterKind = CaseLetterKinds.Parse(kindText)
                ?? LetterKinds.All.Where(k => LetterKinds.Title(k).Contains(kindText.Trim(), StringComparison.Ordinal)).Select(k => (LetterKind?)k).SingleOrDefaultIfMany();
            if (letterKind is null)
            {
                return CaseVerbs.BadChoice(error, "--kind", $"“{kindText}”无效，可选：{string.Join("、", LetterKinds.All.Select(LetterKinds.Title))}。");
            }

            var given = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in result.GetValue(values) ?? [])
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return CaseVerbs.BadChoice(error, "--value", $"“{pair}”无效，应为 字段名称=值。");
                }

                given[pair[..equals].Trim()] = pair[(equals + 1)..];
            }

            if (!CaseVerbs.TryDate(result.GetValue(date), "--date", error, out var signedOn))
            {
                return ExitCodes.BadUsage;
            }

            var generated = GenerateLetter.Run(store, new GenerateLetterOptions
            {
                Scope = AccessScope.All,
                User = CaseVerbs.UserOf(result, user),
                CaseId = result.GetValue(id)!,
                Kind = letterKind.Value,
                Values = given,
                SignedOn = signedOn,
            });
            if (generated.Failure is { } failure)
            {
                return CaseVerbs.Fail(error, failure, result);
            }

            var letter = generated.Letter!;
            var path = result.GetValue(output) ?? letter.FileName;
            if (!CaseVerbs.TryWrite(path, letter.Docx, error))
            {
                return ExitCodes.UnusableInput;
            }

            CaseTextFormatter.Letter(stdout, letter, path);
            return ExitCodes.Ok;
        }, writes: true);
        return command;
    }

    // The one element, or null when there are none or several (an ambiguous part of a title).
    private static T? SingleOrDefaultIfMany<T>(this IEnumerable<T?> items)
        where T : struct
    {
        var list = items.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
