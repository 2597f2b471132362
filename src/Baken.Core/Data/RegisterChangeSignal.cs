namespace Baken.Core.Data;

/// <summary>
/// Raised after a committed change to register data, so caches built from it can be dropped.
/// One per process; other instances of the web host notice changes through their own poll.
/// </summary>
public sealed class RegisterChangeSignal
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public event Action? Changed;

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        Changed?.Invoke();
    }
}
