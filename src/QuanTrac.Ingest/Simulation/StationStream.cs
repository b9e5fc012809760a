using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// All files of one simulated station, in delivery order. Values and events come from two random streams seeded
/// from (seed, station number), so a station's output depends on nothing else; every draw happens whether or not
/// it is used, so switching one anomaly off leaves the values of the others unchanged.
/// </summary>
static class StationStream
{
    const int MaxErrorRun = 12, MaxGapRun = 24, MaxLateRun = 36;

    // faults: told of every injected fault in a generated file (QC evaluation only); it draws no random number,
    // so the bytes are the same with or without it.
    public static IEnumerable<SimulatedFile> Files(SimulatedStation station, SimulationOptions o, DateTimeOffset start, Action<SimulatedFault>? faults = null)
    {
        var values = new Random(SeedMixer.Derive(o.Seed, station.Number, SeedMixer.Values));
        var events = new Random(SeedMixer.Derive(o.Seed, station.Number, SeedMixer.Events));
        var type = station.Station.Type;
        var models = ValueModels.CreateAll(station.Channels, type, values);
        var channels = station.Channels
            .Select((c, i) => new ChannelState(c, type, models[i], station.FixedDecimals))
            .ToArray();
        foreach (var c in channels)
            c.Initialise(values);
        var analysers = Enumerable.Range(0, channels.Length).Where(i => channels[i].Model.IsAnalyser).ToArray();

        var interval = o.Interval;
        var stepsPerDay = (int)(TimeSpan.FromDays(1).Ticks / interval.Ticks);
        var calibrationSteps = Math.Max(1, (int)Math.Ceiling(o.CalibrationDuration / interval));
        var steps = (long)o.Days * stepsPerDay;
        var pending = new PriorityQueue<SimulatedFile, (long Ticks, long Seq)>();
        long seq = 0;

        long episodeStart = -1, episodeLength = 0, calibrationStart = -1;
        double episodePeak = 1;
        int calibrationChannel = -1, gapLeft = 0, lateLeft = 0, lateIndex = 0;
        var reconnectAt = start;
        var truth = new double[channels.Length];
        var lines = new StationFileLine[channels.Length];

        for (long step = 0; step < steps; step++)
        {
            var t = start + interval * step;
            if (step % stepsPerDay == 0)
            {
                // Once a day: maybe a pollution episode (values stream), maybe a calibration (events stream).
                var (u, at, hours, peak) = (values.NextDouble(), values.Next(stepsPerDay), 6 + values.Next(43), 1.5 + 2 * values.NextDouble());
                if (u < o.EpisodeProbabilityPerDay && step >= episodeStart + episodeLength)
                    (episodeStart, episodeLength, episodePeak) = (step + at, (long)(TimeSpan.FromHours(hours) / interval), peak);
                var (c, slot, pick) = (events.NextDouble(), events.Next(Math.Max(1, stepsPerDay - calibrationSteps)), events.Next(Math.Max(1, analysers.Length)));
                calibrationStart = -1;
                if (c < o.CalibrationProbabilityPerDay && analysers.Length > 0)
                    (calibrationStart, calibrationChannel) = (step + slot, analysers[pick]);
            }

            var local = t.ToOffset(TimeSpan.FromHours(7));
            var hour = local.TimeOfDay.TotalHours;
            var episode = step >= episodeStart && step < episodeStart + episodeLength
                ? 1 + (episodePeak - 1) * Math.Sin(Math.PI * (step - episodeStart) / episodeLength)
                : 1;
            for (var i = 0; i < channels.Length; i++)
                truth[i] = channels[i].Next(values, hour, episode);

            // A gap (power cut): nothing is written, so nothing is ever delivered.
            if (gapLeft == 0 && lateLeft == 0 && events.NextDouble() < o.GapProbability)
                gapLeft = 1 + events.Next(MaxGapRun);
            if (gapLeft > 0)
            {
                gapLeft--;
                foreach (var f in Release(pending, t + interval))
                    yield return f;
                continue;
            }

            // Uplink failure: the next files are buffered and sent oldest first when the link is back.
            if (lateLeft == 0 && events.NextDouble() < o.LateProbability)
            {
                lateLeft = 1 + events.Next(MaxLateRun);
                lateIndex = 0;
                var outage = TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1 + events.Next(11 * 60));
                reconnectAt = t + interval * (lateLeft - 1) + outage;
            }

            var calibrationStep = calibrationStart >= 0 ? step - calibrationStart : -1;
            for (var i = 0; i < channels.Length; i++)
            {
                SimulatedFaultKind? fault = SimulatedFaultKind.Calibration;
                var (value, status) = calibrationStep >= 0 && calibrationStep < calibrationSteps && i == calibrationChannel
                    ? (Calibration(channels[i], calibrationStep, events), "01")
                    : Measure(channels[i], truth[i], o, events, out fault);
                if (fault is { } kind)
                    faults?.Invoke(new(station.Station.Prefix, channels[i].Spec.Code, local, kind));
                lines[i] = new StationFileLine(channels[i].Spec.RawName, value, channels[i].Spec.RawUnit, t, status);
            }
            var bytes = StationFileWriter.Write(lines, station.Newline);
            var prefix = station.Station.Prefix;
            var name = StationFileWriter.FileName(prefix, t);
            var path = station.RelativePath(name, t);

            SimulatedFile file;
            if (lateLeft > 0)
            {
                file = new(prefix, name, path, bytes, local, reconnectAt + TimeSpan.FromSeconds(2 * lateIndex++), SimulatedFileKind.Late);
                lateLeft--;
            }
            else
            {
                // Uploads finish 10 s to 2 min after the observation, within the legal 5 minutes.
                file = new(prefix, name, path, bytes, local, local + TimeSpan.FromSeconds(10 + events.Next(111)), SimulatedFileKind.Normal);
            }
            pending.Enqueue(file, (file.DeliverAt.UtcTicks, seq++));

            var (r, changed, delay) = (events.NextDouble(), events.NextDouble() < o.ChangedResendShare, TimeSpan.FromMinutes(10 + events.Next(170)));
            if (r < o.ResendProbability)
            {
                var resend = changed
                    ? file with { Bytes = Corrected(lines, channels, truth, station.Newline, events), Kind = SimulatedFileKind.ChangedResend }
                    : file with { Kind = SimulatedFileKind.Resend };
                resend = resend with { DeliverAt = file.DeliverAt + delay };
                pending.Enqueue(resend, (resend.DeliverAt.UtcTicks, seq++));
            }

            foreach (var f in Release(pending, t + interval))
                yield return f;
        }
        while (pending.TryDequeue(out var rest, out _))
            yield return rest;
    }

    /// <summary>Files due before the next observation: nothing generated later can be delivered earlier.</summary>
    static IEnumerable<SimulatedFile> Release(PriorityQueue<SimulatedFile, (long, long)> pending, DateTimeOffset next)
    {
        while (pending.TryPeek(out var f, out _) && f.DeliverAt < next)
            yield return pending.Dequeue();
    }

    /// <summary>A normal reading, or one with a fault: device error (02), stuck sensor or spike (both 00).</summary>
    static (string Value, string Status) Measure(ChannelState c, double truth, SimulationOptions o, Random events, out SimulatedFaultKind? fault)
    {
        fault = null;
        var (e, stuck, spike, u) = (events.NextDouble(), events.NextDouble(), events.NextDouble(), events.NextDouble());
        if (c.ErrorLeft == 0 && e < o.DeviceErrorProbability)
        {
            c.ErrorLeft = 1 + (int)(u * MaxErrorRun);
            c.ErrorText = u < 0.5 ? "" : "---";
        }
        if (c.ErrorLeft > 0)
        {
            c.ErrorLeft--;
            fault = SimulatedFaultKind.DeviceError;
            return (c.ErrorText, "02");
        }
        if (c.StuckLeft == 0 && stuck < o.StuckSensorProbability)
        {
            c.StuckLeft = 12 + (int)(u * 60);
            c.StuckText = c.Format(truth);
        }
        if (c.StuckLeft > 0)
        {
            c.StuckLeft--;
            fault = SimulatedFaultKind.Stuck;
            return (c.StuckText, "00");
        }
        if (spike < o.SpikeProbability && c.Model.IsAnalyser && c.Model.Multiplicative)
        {
            fault = SimulatedFaultKind.Spike;
            return (c.Format(c.Clamp(truth * (3 + 5 * u))), "00");
        }
        return (c.Format(truth), "00");
    }

    /// <summary>Calibration: a zero check in the first interval, then the span (reference solution or gas).</summary>
    static string Calibration(ChannelState c, long index, Random events)
    {
        var jitter = 1 + 0.02 * (events.NextDouble() - 0.5);
        return c.Format(c.Clamp(index == 0 ? c.Model.ZeroValue : c.Model.SpanValue * jitter));
    }

    /// <summary>The bytes of a corrected resend: one reading changed by 2–10 %, or a missing one filled in.</summary>
    static byte[] Corrected(StationFileLine[] lines, ChannelState[] channels, double[] truth, string newline, Random events)
    {
        var i = events.Next(lines.Length);
        var c = channels[i];
        var line = lines[i];
        var old = double.TryParse(line.Value, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : truth[i];
        var text = c.Format(c.Clamp(old * (1 + (0.02 + 0.08 * events.NextDouble()) * (events.Next(2) == 0 ? -1 : 1))));
        if (text == line.Value)
            text = c.Format(c.Clamp(old + Math.Pow(10, -c.Model.Decimals) * (old + 1 <= c.Max ? 1 : -1)));
        var copy = (StationFileLine[])lines.Clone();
        copy[i] = line with { Value = text, Status = "00" };
        return StationFileWriter.Write(copy, newline);
    }
}
