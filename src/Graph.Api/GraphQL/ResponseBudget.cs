namespace Graph.Api.GraphQL;

/// <summary>How many bytes one answer may grow to. Every resolved field is charged its name and value (strings by their
/// UTF-8 size, so an article's text costs what it weighs); past the limit the request's execution is cancelled and the
/// client gets RESPONSE_TOO_LARGE, before the answer is built or written.</summary>
public sealed class ResponseBudget(long limit, CancellationTokenSource execution)
{
    private long _spent;

    public long Limit { get; } = limit;
    public bool Exceeded { get; private set; }

    public void Charge(long bytes)
    {
        if (Interlocked.Add(ref _spent, bytes) <= Limit || Exceeded) return;
        Exceeded = true;
        execution.Cancel();
    }
}
