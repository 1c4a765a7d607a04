using FsCheck;
using FsCheck.Fluent;
using Gongkai.Reporting.Letters;

namespace Gongkai.Reporting.Tests.Letters;

/// <summary>Properties of <see cref="LetterWriter"/> over random templates (the split-run replacement).</summary>
public sealed class LetterWriterPropertyTests
{
    private const string Plain = "申请人您好 ab1：，。（）";

    private const string Wild = Plain + "{}\n\r\t\u0001";

    private static readonly Gen<string> PlainText = Gen.ListOf(Gen.Elements(Plain.ToCharArray())).Select(c => string.Concat(c));

    private static readonly Gen<string> WildText = Gen.ListOf(Gen.Elements(Wild.ToCharArray())).Select(c => string.Concat(c));

    private static Arbitrary<SplitCase> Cases { get; } = Arb.From(
        from field in Gen.Elements(LetterFields.All.ToArray())
        from prefix in PlainText
        from suffix in PlainText
        from cuts in Gen.ListOf(Gen.Choose(1, field.Placeholder.Length - 1))
        from value in WildText
        select new SplitCase(field.Name, prefix, suffix, [.. cuts.Distinct().Order()], value));

    [Fact]
    public void A_placeholder_cut_anywhere_into_runs_is_replaced_by_its_value()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Cases, c =>
        {
            var placeholder = "{{" + c.Name + "}}";
            var pieces = new List<string> { c.Prefix };
            var from = 0;
            foreach (var cut in c.Cuts.Append(placeholder.Length))
            {
                pieces.Add(placeholder[from..cut]);
                from = cut;
            }

            pieces.Add(c.Suffix);
            var template = LetterDocx.Create([LetterDocx.Paragraph([.. pieces])]);
            var rendered = LetterWriter.Render(template, new Dictionary<string, string> { [c.Name] = c.Value });

            var paragraph = Assert.Single(LetterDocx.BodyParagraphs(rendered));
            return LetterDocx.ParagraphText(paragraph) == c.Prefix + LetterText.Clean(c.Value) + c.Suffix;
        }));
    }

    /// <summary>A template paragraph: text, the placeholder cut at <paramref name="Cuts"/> into runs, text; and the value.</summary>
    public sealed record SplitCase(string Name, string Prefix, string Suffix, int[] Cuts, string Value);
}
