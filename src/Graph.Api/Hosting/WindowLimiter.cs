using System.Threading.RateLimiting;

namespace Graph.Api.Hosting;

/// <summary>A fixed window of permits for one client that knows when its window ends, so a refusal says how many seconds
/// are really left (the framework's fixed-window limiter reports the whole window, so Retry-After was always 60).
/// The window starts with the client's first request after the last one ended.</summary>
public sealed class WindowLimiter(int permits, TimeSpan window, TimeProvider time) : RateLimiter
{
    private readonly object _gate = new();
    private long _start = time.GetTimestamp();
    private int _used;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var elapsed = time.GetElapsedTime(_start);
                return elapsed >= window ? elapsed - window : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate) return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, permits - _used) };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var elapsed = time.GetElapsedTime(_start);
            if (elapsed >= window)
            {
                _start = time.GetTimestamp();
                _used = 0;
                elapsed = TimeSpan.Zero;
            }
            if (_used + permitCount <= permits)
            {
                _used += permitCount;
                return Lease.Granted;
            }
            return new Lease(false, window - elapsed);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
