namespace Gongkai.Reporting.Layout;

/// <summary>
/// Where the issuing body and the date stand at the end of a report without a seal, GB/T 9704 §7.3.5.2: the body two
/// characters in from the right, the date on the next line with its first character two to the right of the body's
/// first; when the date is the longer, the date keeps the two characters and the body moves left by as much.
/// </summary>
internal static class SignatureIndents
{
    /// <summary>The right indents of the body's name and of the date, in characters of the body text.</summary>
    public static (double Name, double Date) Of(string name, string? date)
    {
        var (nameWidth, dateWidth) = (TablePlan.TextWidth(name), date is null ? 0 : TablePlan.TextWidth(date));
        return dateWidth > nameWidth ? (dateWidth + 4 - nameWidth, 2) : (2, nameWidth - dateWidth);
    }
}
