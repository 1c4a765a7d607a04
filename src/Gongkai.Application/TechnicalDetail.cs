namespace Gongkai.Application;

/// <summary>An exception as technical detail for <c>--verbose</c>: its type and message, and its causes', on one line.</summary>
public static class TechnicalDetail
{
    /// <summary><paramref name="exception"/> and up to three of its causes, as one line.</summary>
    public static string Of(Exception exception)
    {
        var parts = new List<string>();
        for (var ex = exception; ex is not null && parts.Count < 4; ex = ex.InnerException)
        {
            parts.Add($"{ex.GetType().FullName}: {ex.Message.ReplaceLineEndings(" ").Trim()}");
        }

        return string.Join(" ← ", parts);
    }
}
