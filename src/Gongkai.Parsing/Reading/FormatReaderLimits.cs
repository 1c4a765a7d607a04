namespace Gongkai.Parsing.Reading;

/// <summary>
/// The base of a native reader's own bounds (beyond the pipeline's <see cref="ReaderLimits"/>): each format's limits
/// derive from it, keeping only the bounds that are its own, and register with
/// <see cref="ReaderRegistration.UseReader{TLimits}"/>.
/// </summary>
/// <typeparam name="TSelf">The format's limits record.</typeparam>
public abstract record FormatReaderLimits<TSelf>
    where TSelf : FormatReaderLimits<TSelf>, new()
{
    /// <summary>The defaults.</summary>
    public static TSelf Default { get; } = new();
}
