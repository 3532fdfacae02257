using System.Diagnostics;
using System.Reflection;
using Graph.Core;

namespace Graph.Api.Hosting;

/// <summary>Wraps the store so that every call is a span and is counted and timed (graph.store.calls, graph.store.duration),
/// whatever the store: one proxy instead of a method-by-method copy of the port.</summary>
public class InstrumentedStore : DispatchProxy, IDisposable
{
    private IGraphStore _inner = null!;

    public static IGraphStore Wrap(IGraphStore inner)
    {
        var proxy = Create<IGraphStore, InstrumentedStore>();
        ((InstrumentedStore)(object)proxy)._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var method = targetMethod!.Name;
        var caller = Activity.Current;
        var activity = GraphTelemetry.Source.StartActivity("store " + method, ActivityKind.Client);
        Activity.Current = caller; // the span ends in a continuation: it must not stay the caller's current activity
        var started = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            Done(method, activity, started, e.InnerException);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        if (result is Task task)
            task.ContinueWith(t => Done(method, activity, started, t.Exception?.InnerException), TaskContinuationOptions.ExecuteSynchronously);
        else Done(method, activity, started, null);
        return result;
    }

    /// <summary>The store's own resources (the Neo4j client) go when the service stops, as they did unwrapped.</summary>
    public void Dispose() => (_inner as IDisposable)?.Dispose();

    private static void Done(string method, Activity? activity, long started, Exception? failure)
    {
        var outcome = failure is null ? "ok" : "error";
        var tags = new TagList { { "graph.store.method", method }, { "graph.outcome", outcome } };
        GraphTelemetry.StoreCalls.Add(1, tags);
        GraphTelemetry.StoreDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        if (failure is not null) activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
        activity?.Dispose();
    }
}
