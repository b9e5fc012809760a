using System.Text.Encodings.Web;
using System.Text.Json;
using QuanTrac.Storage;

namespace QuanTrac.Ingest.Intake;

/// <summary>Counts of an intake run; the JSON printed by <c>quantrac ingest</c>.</summary>
public sealed class IntakeSummary
{
    readonly Lock _lock = new();
    readonly List<(string File, Reason Reason)> _quarantined = [];
    readonly List<(string File, string Reason)> _unread = [];
    int _files, _accepted, _duplicates, _newVersions, _records, _inserted, _unchanged, _warnings;

    /// <summary>Files handled (accepted, duplicate or quarantined).</summary>
    public int Files { get { lock (_lock) return _files; } }

    /// <summary>Files accepted.</summary>
    public int Accepted { get { lock (_lock) return _accepted; } }

    /// <summary>Quarantined files with their reasons.</summary>
    public IReadOnlyList<(string File, Reason Reason)> Quarantined { get { lock (_lock) return [.. _quarantined]; } }

    /// <summary>Adds the outcome of one committed file.</summary>
    public void Add(FileOutcome outcome, string sourcePath, int warnings)
    {
        lock (_lock)
        {
            _files++;
            _warnings += warnings;
            switch (outcome.Kind)
            {
                case FileOutcomeKind.Accepted:
                    _accepted++;
                    _inserted += outcome.Inserted;
                    _newVersions += outcome.NewVersions;
                    _unchanged += outcome.Unchanged;
                    _records += outcome.Inserted + outcome.NewVersions + outcome.Unchanged;
                    break;
                case FileOutcomeKind.Duplicate:
                    _duplicates++;
                    break;
                default:
                    _quarantined.Add((sourcePath, outcome.Reason!));
                    break;
            }
        }
    }

    /// <summary>Records a file that could not even be read (it stays where it is, waiting).</summary>
    public void AddUnread(string path, string reason)
    {
        lock (_lock)
            _unread.Add((path, reason));
    }

    /// <summary>Writes <c>{"files","accepted","duplicates","newVersions","records","quarantined":[{"file","reason"}], …}</c>.</summary>
    public void WriteJson(Stream output)
    {
        lock (_lock)
        {
            using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            w.WriteStartObject();
            w.WriteNumber("files", _files);
            w.WriteNumber("accepted", _accepted);
            w.WriteNumber("duplicates", _duplicates);
            w.WriteNumber("newVersions", _newVersions);
            w.WriteNumber("records", _records);
            w.WriteNumber("inserted", _inserted);
            w.WriteNumber("unchanged", _unchanged);
            w.WriteNumber("warnings", _warnings);
            w.WriteStartArray("quarantined");
            foreach (var (file, reason) in _quarantined)
            {
                w.WriteStartObject();
                w.WriteString("file", file);
                w.WriteString("reason", reason.English);
                w.WriteString("reasonVi", reason.Vietnamese);
                w.WriteString("code", reason.Code);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("unread");
            foreach (var (file, reason) in _unread)
            {
                w.WriteStartObject();
                w.WriteString("file", file);
                w.WriteString("reason", reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }
}
