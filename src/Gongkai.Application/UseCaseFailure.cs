namespace Gongkai.Application;

/// <summary>A use case's failure: a Chinese message for the user, and the technical detail behind it (for <c>--verbose</c>).</summary>
/// <param name="Kind">Why it stopped.</param>
/// <param name="Message">What to tell the user, in Chinese, naming the file or store.</param>
/// <param name="Detail">The library's own text (often English), or <see langword="null"/>.</param>
public sealed record UseCaseFailure(FailureKind Kind, string Message, string? Detail = null)
{
    /// <summary>A failure whose detail is <paramref name="cause"/>'s, when there is one.</summary>
    public static UseCaseFailure Of(FailureKind kind, string message, Exception? cause) =>
        new(kind, message, cause is null ? null : TechnicalDetail.Of(cause));
}
