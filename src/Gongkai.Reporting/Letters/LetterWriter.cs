using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Reporting.Letters;

/// <summary>
/// Fills a letter template (a DOCX an agency may have edited in Word or WPS) with a case's values: every
/// <c>{{名称}}</c> of <see cref="LetterFields"/> in the body, tables, text boxes, headers, footers and notes.
/// </summary>
/// <remarks>
/// Templates are untrusted uploads: they are opened only within <see cref="LetterTemplateLimits"/>, and every problem
/// is a <see cref="LetterTemplateException"/> with a Chinese message, never a library's own.
/// </remarks>
public static class LetterWriter
{
    /// <summary>The letter: <paramref name="templateDocx"/> with each placeholder replaced by its value.</summary>
    /// <param name="templateDocx">The template's bytes.</param>
    /// <param name="fields">The values by placeholder name (<see cref="LetterFields"/>); a line break in a value prints as a new line. Names the template does not use are ignored.</param>
    /// <exception cref="LetterTemplateException">The template is not a usable DOCX, names a placeholder not in
    /// <see cref="LetterFields"/> or has a stray brace, or a placeholder it uses has no value in <paramref name="fields"/>.</exception>
    public static byte[] Render(byte[] templateDocx, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return LetterPackage.Edit(templateDocx, document =>
        {
            var paragraphs = Roots(document).SelectMany(PlaceholderParagraph.In).ToList();
            var problems = Problems(paragraphs);
            if (problems.Count > 0)
            {
                throw new LetterTemplateException(string.Join(Environment.NewLine, problems));
            }

            var missing = paragraphs.SelectMany(p => p.Matches).Select(PlaceholderParagraph.NameOf).Distinct().Where(n => !fields.ContainsKey(n)).ToList();
            if (missing.Count > 0)
            {
                throw new LetterTemplateException($"生成文书缺少以下字段的值：{string.Join("、", missing)}。");
            }

            foreach (var paragraph in paragraphs)
            {
                paragraph.Replace(name => LetterText.Clean(fields[name]));
            }

            Save(document);
        });
    }

    /// <summary>The placeholder names <paramref name="templateDocx"/> uses, each once, in order of first use.</summary>
    /// <exception cref="LetterTemplateException">The template is not a usable DOCX.</exception>
    public static IReadOnlyList<string> Placeholders(byte[] templateDocx)
    {
        return LetterPackage.Read<IReadOnlyList<string>>(templateDocx, document =>
            [.. Roots(document).SelectMany(PlaceholderParagraph.In).SelectMany(p => p.Matches).Select(PlaceholderParagraph.NameOf).Distinct()]);
    }

    /// <summary>
    /// What is wrong with an edited template, in Chinese, for an administrator uploading it: not a DOCX, too large,
    /// an unknown placeholder, a stray brace. Empty when the template can be used.
    /// </summary>
    public static IReadOnlyList<string> Validate(byte[] templateDocx)
    {
        try
        {
            return LetterPackage.Read<IReadOnlyList<string>>(templateDocx, document => Problems(Roots(document).SelectMany(PlaceholderParagraph.In).ToList()));
        }
        catch (LetterTemplateException ex)
        {
            return [ex.Message];
        }
    }

    private static List<string> Problems(IReadOnlyList<PlaceholderParagraph> paragraphs)
    {
        var problems = new List<string>();
        foreach (var name in paragraphs.SelectMany(p => p.Matches).Select(PlaceholderParagraph.NameOf).Distinct())
        {
            if (name.Length == 0)
            {
                problems.Add("文书模板中有空的占位符“{{}}”，请填写字段名称或删除。");
            }
            else if (!LetterFields.IsKnown(name))
            {
                problems.Add($"文书模板中的占位符“{{{{{name}}}}}”不在字段清单中，请改为清单中的字段名称（见字段说明）。");
            }
        }

        foreach (var text in paragraphs.SelectMany(p => p.StrayBraces()).Distinct())
        {
            problems.Add($"文书模板中的段落“{LetterText.Excerpt(text)}”有不成对的“{{{{”或“}}}}”，占位符应写作“{{{{字段名称}}}}”。");
        }

        return problems;
    }

    private static IEnumerable<OpenXmlElement> Roots(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        yield return main.Document!;
        foreach (var header in main.HeaderParts)
        {
            if (header.Header is { } root)
            {
                yield return root;
            }
        }

        foreach (var footer in main.FooterParts)
        {
            if (footer.Footer is { } root)
            {
                yield return root;
            }
        }

        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            yield return footnotes;
        }

        if (main.EndnotesPart?.Endnotes is { } endnotes)
        {
            yield return endnotes;
        }
    }

    private static void Save(WordprocessingDocument document)
    {
        foreach (var root in Roots(document).OfType<OpenXmlPartRootElement>())
        {
            root.Save();
        }
    }
}
