using System.Text.RegularExpressions;
using Gongkai.Reporting.Letters;
using Gongkai.Testing;

namespace Gongkai.Reporting.Tests.Letters;

public sealed class LetterFieldsTests
{
    [Fact]
    public void Each_field_has_a_distinct_Chinese_name_and_a_description()
    {
        Assert.Equal(LetterFields.All.Count, LetterFields.All.Select(f => f.Name).Distinct().Count());
        Assert.All(LetterFields.All, f =>
        {
            Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", f.Name);
            ChineseMessage.Assert(f.Description);
            Assert.Equal(f.Description, LetterFields.Description(f.Name));
            Assert.Equal("{{" + f.Name + "}}", f.Placeholder);
        });
    }

    [Fact]
    public void Knows_only_the_listed_names()
    {
        Assert.True(LetterFields.IsKnown("申请人"));
        Assert.False(LetterFields.IsKnown("申请日期"));
        Assert.Null(LetterFields.Description("申请日期"));
    }

    [Fact]
    public void Every_field_is_used_by_some_default_template()
    {
        var used = LetterKinds.All.SelectMany(k => LetterWriter.Placeholders(LetterTemplates.Default(k))).ToHashSet();

        Assert.All(LetterFields.All, f => Assert.Contains(f.Name, used));
    }

    [Fact]
    public void The_staff_guide_lists_exactly_the_placeholders()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "letters.md"));
        var listed = Regex.Matches(guide, @"^\| `\{\{(\p{IsCJKUnifiedIdeographs}+)\}\}` \| (.+) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value));

        Assert.Equal(LetterFields.All.Select(f => (f.Name, f.Description)), listed);
    }
}
