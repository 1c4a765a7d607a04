namespace Gongkai.Reporting.Letters;

/// <summary>A placeholder of the letter templates: its name, written <c>{{名称}}</c> in a template, and what it holds.</summary>
/// <param name="Name">The Chinese name, e.g. <c>申请人</c>.</param>
/// <param name="Description">What the value is, in Chinese, for the staff editing a template.</param>
public sealed record LetterField(string Name, string Description)
{
    /// <summary>The name as a template writes it: <c>{{申请人}}</c>.</summary>
    public string Placeholder => "{{" + Name + "}}";
}
