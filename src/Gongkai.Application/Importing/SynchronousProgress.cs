namespace Gongkai.Application.Importing;

/// <summary>
/// Reports progress on the importer's own thread. <see cref="Progress{T}"/> posts each report to the thread pool,
/// where a progress bar or a memory sample would lag behind the import and arrive out of order.
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    /// <inheritdoc/>
    public void Report(T value) => handler(value);
}
