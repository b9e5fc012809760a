using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.Storage;

namespace QuanTrac.Ingest.Intake;

/// <summary>
/// Steps 1–4 of the data flow for any source (CLI import, inbox watcher, upload): hash and parse, map to
/// canonical parameters, and commit in batches through a bounded channel (the pattern of Serilog's
/// BatchingSink). A file's <see cref="ReceivedFile.AfterCommit"/> runs only after its batch is committed, so
/// a crash at any instant loses nothing and doubles nothing. Files are written in the order they are enqueued.
/// </summary>
public sealed class IntakePipeline : IAsyncDisposable
{
    readonly IQuanTracStore _store;
    readonly IntakeOptions _options;
    readonly ParameterCatalogue _catalogue;
    readonly TimeProvider _time;
    readonly StationFileReadOptions _readOptions;
    readonly Channel<PreparedFile> _channel;
    readonly ConcurrentDictionary<string, StationMapper> _mappers = new(StringComparer.Ordinal);
    readonly CancellationTokenSource _stop = new();
    Task _writer = Task.CompletedTask;

    IntakePipeline(IQuanTracStore store, IntakeOptions options, ParameterCatalogue catalogue, TimeProvider time)
    {
        _store = store;
        _options = options;
        _catalogue = catalogue;
        _time = time;
        _readOptions = new StationFileReadOptions { Strict = options.Strict, MaxBytes = options.MaxFileBytes };
        _channel = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(options.Capacity) { SingleReader = true });
    }

    /// <summary>What the run has done so far.</summary>
    public IntakeSummary Summary { get; } = new();

    /// <summary>Raised after each file's batch has committed (from the writer task).</summary>
    public event Action<PreparedFile, FileOutcome>? Committed;

    /// <summary>Starts a pipeline writing into <paramref name="store"/>.</summary>
    public static async Task<IntakePipeline> StartAsync(IQuanTracStore store, IntakeOptions options, TimeProvider time,
        ParameterCatalogue? catalogue = null, CancellationToken cancellationToken = default)
    {
        var pipeline = new IntakePipeline(store, options, catalogue ?? ParameterCatalogue.Default, time);
        foreach (var station in await store.GetStationsAsync(cancellationToken))
            pipeline._mappers[station.Prefix] = pipeline.NewMapper(station);
        pipeline._writer = Task.Run(pipeline.RunWriterAsync, CancellationToken.None);
        return pipeline;
    }

    StationMapper NewMapper(Station station) => new(station, _catalogue, _options.ClockSkewGrace);

    /// <summary>
    /// Hashes, parses and (when the station is known) maps a file. Thread-safe: callers prepare many files in
    /// parallel, which keeps this work off the single writer.
    /// </summary>
    public PreparedFile Prepare(ReceivedFile file)
    {
        var parsed = StationFileReader.Read(file.FileName, file.Bytes, _readOptions);
        StationMapper? mapper = null;
        if (parsed.Error is null)
            _mappers.TryGetValue(parsed.Name!.Prefix, out mapper);
        return new(file, Convert.ToHexStringLower(SHA256.HashData(file.Bytes)), parsed, mapper is null ? null : Map(mapper, parsed, file.ReceivedAt));
    }

    static Observation[] Map(StationMapper mapper, ParsedStationFile parsed, DateTimeOffset receivedAt)
    {
        var observations = new Observation[parsed.Records.Count];
        for (var i = 0; i < observations.Length; i++)
            observations[i] = mapper.Map(parsed.Records[i], receivedAt);
        return observations;
    }

    /// <summary>Queues a prepared file for writing; waits while the queue is full. Throws the writer's error if a commit failed.</summary>
    public async ValueTask EnqueueAsync(PreparedFile file, CancellationToken cancellationToken = default)
    {
        try
        {
            await _channel.Writer.WriteAsync(file, cancellationToken);
        }
        catch (ChannelClosedException) when (_writer.IsFaulted)
        {
            await _writer; // the commit's own error, not "channel closed"
        }
    }

    // A failed commit closes the queue, so that producers waiting for room fail instead of waiting forever.
    async Task RunWriterAsync()
    {
        try
        {
            await WriteLoopAsync(_stop.Token);
        }
        catch (Exception e)
        {
            _channel.Writer.TryComplete(e);
            throw;
        }
    }

    /// <summary>Forgets the cached mapping of a station whose registration changed.</summary>
    public void InvalidateStation(string prefix)
    {
        _mappers.TryRemove(prefix, out _);
    }

    /// <summary>Accepts no more files, writes what is queued and waits for the last commit. Throws if a commit failed.</summary>
    public async Task CompleteAsync()
    {
        _channel.Writer.TryComplete();
        await _writer;
    }

    /// <summary>
    /// One writer, or several lanes each committing its own batches concurrently (<see cref="IntakeOptions.Writers"/>).
    /// A station's files always take the same lane, so they are still written in the order they were enqueued.
    /// </summary>
    async Task WriteLoopAsync(CancellationToken ct)
    {
        var lanes = Math.Max(1, _options.Writers ?? _store.ConcurrentCommits);
        if (lanes == 1)
        {
            await WriteBatchesAsync(_channel.Reader, ct);
            return;
        }
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var channels = new Channel<PreparedFile>[lanes];
        var writers = new Task[lanes];
        for (var i = 0; i < lanes; i++)
        {
            var channel = channels[i] = Channel.CreateBounded<PreparedFile>(
                new BoundedChannelOptions(Math.Max(1, _options.Capacity / lanes)) { SingleReader = true, SingleWriter = true });
            writers[i] = Task.Run(async () =>
            {
                try
                {
                    await WriteBatchesAsync(channel.Reader, ct);
                }
                catch
                {
                    await failed.CancelAsync(); // stop routing; the lane's own error is what the pipeline reports
                    throw;
                }
            }, CancellationToken.None);
        }
        try
        {
            await foreach (var file in _channel.Reader.ReadAllAsync(failed.Token))
                await channels[Lane(file, lanes)].Writer.WriteAsync(file, failed.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // A lane failed; Task.WhenAll below throws its error.
        }
        finally
        {
            foreach (var channel in channels)
                channel.Writer.TryComplete();
        }
        await Task.WhenAll(writers);
    }

    /// <summary>The lane of a file: by station prefix, or by file name when the name could not be read (same name, same lane).</summary>
    static int Lane(PreparedFile file, int lanes) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(file.Parsed.Name?.Prefix ?? file.File.FileName) % (uint)lanes);

    async Task WriteBatchesAsync(ChannelReader<PreparedFile> reader, CancellationToken ct)
    {
        var batch = new List<(PreparedFile Prepared, IncomingFile Incoming)>(_options.BatchSize);
        // The first batches are small and grow fourfold up to BatchSize: the database starts on the first files while
        // the next ones are still being read, instead of idling until a full batch has been prepared.
        var size = Math.Min(_options.BatchSize, FirstBatchSize);
        while (await reader.WaitToReadAsync(ct))
        {
            var deadline = _time.GetTimestamp();
            while (batch.Count < size)
            {
                if (reader.TryRead(out var prepared))
                {
                    batch.Add((prepared, await ToIncomingAsync(prepared, ct)));
                    continue;
                }
                var remaining = _options.FlushInterval - _time.GetElapsedTime(deadline);
                if (remaining <= TimeSpan.Zero)
                    break;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(remaining);
                try
                {
                    if (!await reader.WaitToReadAsync(timeout.Token))
                        break;
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    break;
                }
            }
            var outcomes = await _store.CommitAsync([.. batch.Select(b => b.Incoming)], ct);
            for (var i = 0; i < batch.Count; i++)
            {
                var (prepared, incoming) = batch[i];
                Summary.Add(outcomes[i], prepared.File.SourcePath, incoming.Warnings);
                prepared.File.AfterCommit?.Invoke();
                Committed?.Invoke(prepared, outcomes[i]);
            }
            batch.Clear();
            size = (int)Math.Min(_options.BatchSize, 4L * size);
        }
    }

    const int FirstBatchSize = 50;

    async Task<IncomingFile> ToIncomingAsync(PreparedFile prepared, CancellationToken ct)
    {
        var (file, sha, parsed, mapped) = prepared;
        var prefix = parsed.Name?.Prefix;
        IncomingFile Make(IReadOnlyList<Observation> observations, Reason? rejection) =>
            new(file.FileName, file.SourcePath, file.Bytes, sha, file.ReceivedAt, prefix, observations, rejection, parsed.Warnings.Count);

        if (parsed.Error is { } problem)
            return Make([], new Reason(problem.Code, problem.English, problem.Vietnamese));
        if (mapped is not null)
            return Make(mapped, null);
        var mapper = await MapperAsync(prefix!, parsed, ct);
        if (mapper is null)
            return Make([], new Reason("UNREGISTERED_STATION",
                $"No station is registered with the file-name prefix '{prefix}'. The file is kept; it is processed when the station is registered and the file is re-ingested.",
                $"Chưa có trạm nào được đăng ký với tiền tố tên tệp '{prefix}'. Tệp được lưu giữ và sẽ được xử lý khi trạm được đăng ký và tệp được nạp lại."));
        return Make(Map(mapper, parsed, file.ReceivedAt), null);
    }

    async Task<StationMapper?> MapperAsync(string prefix, ParsedStationFile parsed, CancellationToken ct)
    {
        if (_mappers.TryGetValue(prefix, out var known))
            return known;
        // Registered since start (by another process or the console)?
        var station = await _store.GetStationAsync(prefix, ct);
        if (station is null && _options.AutoRegister)
        {
            station = StationRegistration.FromRawNames(prefix, parsed.Records.Select(r => r.Parameter), _catalogue);
            await _store.SaveStationAsync(station, ct);
        }
        if (station is null)
            return null;
        return _mappers[prefix] = NewMapper(station);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        try
        {
            await _writer.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception) when (_writer.IsFaulted || _writer.IsCanceled)
        {
            // The failure was reported by CompleteAsync; disposing must not throw it again.
        }
        finally
        {
            await _stop.CancelAsync();
            _stop.Dispose();
        }
    }
}
