using System.Reflection;
using Graph.Core;

namespace Graph.Api.Tests;

/// <summary>The real store, except that one method throws what a broken disk or driver would.</summary>
public class FailingStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private string _failing = "";

    public static IGraphStore Wrap(IGraphStore inner, string method)
    {
        var proxy = Create<IGraphStore, FailingStore>();
        var failing = (FailingStore)(object)proxy;
        failing._inner = inner;
        failing._failing = method;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod!.Name == _failing
            ? throw new InvalidDataException("page 7 of the database is torn")
            : targetMethod.Invoke(_inner, args);
}
