namespace Gongkai.Core.Cases;

/// <summary>A step was applied that the workflow does not allow now; <see cref="Reasons"/> say why, in Chinese.</summary>
/// <remarks>Callers should ask <see cref="CaseWorkflow.Check"/> first: this is thrown only when they did not.</remarks>
public sealed class CaseStepException : InvalidOperationException
{
    /// <summary>Creates the exception with its reasons.</summary>
    public CaseStepException(IReadOnlyList<string> reasons)
        : base(string.Join("；", reasons)) => Reasons = reasons;

    /// <summary>Creates the exception with no reason given.</summary>
    public CaseStepException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one reason.</summary>
    public CaseStepException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one reason and its cause.</summary>
    public CaseStepException(string message, Exception innerException)
        : base(message, innerException) => Reasons = [message];

    /// <summary>Why the step is not allowed now (Chinese).</summary>
    public IReadOnlyList<string> Reasons { get; }
}
