using System.Collections.Concurrent;
using QuanTrac.Ingest.Intake;
using QuanTrac.Server.Intake;
using QuanTrac.Storage;

namespace QuanTrac.Server.Relay;

/// <summary>
/// Hands relayed files to the server's one intake pipeline — the same road as an inbox file — and waits for
/// the commit of each, so that the upstream answers with the stored outcome and never before it is durable.
/// </summary>
public sealed class RelayReceiver(IntakeService intake)
{
    readonly ConcurrentDictionary<PreparedFile, TaskCompletionSource<FileOutcome>> _waiting = new(ReferenceEqualityComparer.Instance);
    readonly Lock _lock = new();
    IntakePipeline? _attached;

    /// <summary>Whether the pipeline has started (it starts with the server, a moment after the endpoints).</summary>
    public bool Ready => intake.Pipeline is not null;

    /// <summary>Queues <paramref name="file"/> and returns its outcome once its batch has committed.</summary>
    public async Task<FileOutcome> ReceiveAsync(ReceivedFile file, CancellationToken cancellationToken)
    {
        var pipeline = Attach();
        var prepared = pipeline.Prepare(file);
        var done = new TaskCompletionSource<FileOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[prepared] = done;
        try
        {
            await pipeline.EnqueueAsync(prepared, cancellationToken);
            return await done.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _waiting.TryRemove(prepared, out _);
        }
    }

    IntakePipeline Attach()
    {
        var pipeline = intake.Pipeline ?? throw new InvalidOperationException("The intake pipeline has not started.");
        lock (_lock)
        {
            // Once per pipeline: the handler runs on the writer task after each commit, so it only completes a task.
            if (!ReferenceEquals(_attached, pipeline))
            {
                pipeline.Committed += (prepared, outcome) =>
                {
                    if (_waiting.TryGetValue(prepared, out var waiting))
                        waiting.TrySetResult(outcome);
                };
                _attached = pipeline;
            }
        }
        return pipeline;
    }
}
