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
    // Reading settings: the run's, and per station where its registration differs (strict, decimal comma, legacy name).
    readonly StationFileReadOptions _baseReadOptions;
    volatile StationFileReadOptions _readOptions;
    readonly ConcurrentDictionary<string, StationFileReadOptions> _stationReadOptions = new(StringComparer.Ordinal);
    readonly Lock _readingChange = new();
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
        _readOptions = _baseReadOptions = new StationFileReadOptions { Strict = options.Strict, MaxBytes = options.MaxFileBytes };
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
            pipeline.Remember(station);
        pipeline._writer = Task.Run(pipeline.RunWriterAsync, CancellationToken.None);
        return pipeline;
    }

    StationMapper NewMapper(Station station) => new(station, _catalogue, _options.ClockSkewGrace);

    /// <summary>Keeps a station's mapping and, when they differ from the defaults, its reading settings.</summary>
    StationMapper Remember(Station station)
    {
        SetReading(station.Prefix, station.Reading ?? StationFileReading.Default);
        return _mappers[station.Prefix] = NewMapper(station);
    }

    void SetReading(string prefix, StationFileReading reading)
    {
        lock (_readingChange)
        {
            var legacy = _readOptions.LegacyNames;
            // A legacy name is recognised while its station is flagged so.
            if (reading.LegacyName != legacy.Contains(prefix))
            {
                legacy = (reading.LegacyName ? legacy.Append(prefix) : legacy.Where(n => !string.Equals(n, prefix, StringComparison.OrdinalIgnoreCase)))
                    .ToHashSet(StringComparer.OrdinalIgnoreCase);
                _readOptions = _baseReadOptions with { LegacyNames = legacy };
                foreach (var (other, options) in _stationReadOptions)
                    _stationReadOptions[other] = options with { LegacyNames = legacy };
            }
            if (reading.Strict || reading.DecimalComma)
                _stationReadOptions[prefix] = _readOptions with { Strict = _baseReadOptions.Strict || reading.Strict, AcceptDecimalComma = reading.DecimalComma };
            else
                _stationReadOptions.TryRemove(prefix, out _);
        }
    }

    /// <summary>The reading settings for a file: its station's, found by the prefix of its name, else the run's.</summary>
    StationFileReadOptions ReadOptionsFor(string fileName)
    {
        var options = _readOptions;
        if (_stationReadOptions.IsEmpty || !StationFileName.TryParse(fileName, options.LegacyNames, out var name, out _))
            return options;
        return _stationReadOptions.TryGetValue(name!.Prefix, out var own) ? own : options;
    }

    /// <summary>
    /// Hashes, parses and (when the station is known) maps a file. Thread-safe: callers prepare many files in
    /// parallel, which keeps this work off the single writer.
    /// </summary>
    public PreparedFile Prepare(ReceivedFile file)
    {
        var parsed = StationFileReader.Read(file.FileName, file.Bytes, ReadOptionsFor(file.FileName));
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
        // Its reading settings and legacy name too: they come back from the registry with its next file.
        SetReading(prefix, StationFileReading.Default);
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

        // A legacy-named file of a station flagged so after the pipeline started: read it again now that the name is known.
        if (parsed.Error is { Code: "LEGACY_NAME_NOT_ALLOWED" } && StationFileName.LegacyNameOf(file.FileName) is { } legacyName
            && !_mappers.ContainsKey(legacyName) && await _store.GetStationAsync(legacyName, ct) is { Reading.LegacyName: true } legacyStation)
        {
            Remember(legacyStation);
            return await ToIncomingAsync(Prepare(file), ct);
        }
        if (parsed.Error is { } problem)
            return Make([], new Reason(problem.Code, problem.English, problem.Vietnamese));
        if (mapped is not null)
            return Make(mapped, null);
        var mapper = await MapperAsync(prefix!, parsed, ct);
        // Read with the run's settings before its station was known: again with the station's own.
        if (mapper is not null && _stationReadOptions.ContainsKey(prefix!))
            return await ToIncomingAsync(Prepare(file), ct);
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
        return Remember(station);
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
