namespace Gongkai.Core.Cases;

/// <summary>The receipt date (收到申请之日) of an application, or why it cannot be set yet (Chinese).</summary>
/// <param name="Date">The receipt date, when the dates given fix it.</param>
/// <param name="Error">Why they do not, for the user; <see langword="null"/> when <paramref name="Date"/> is set.</param>
public sealed record ReceiptDateResult(DateOnly? Date, string? Error)
{
    /// <summary>Whether the receipt date is known.</summary>
    public bool IsValid => Date is not null;
}
