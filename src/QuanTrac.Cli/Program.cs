using System.CommandLine;
using QuanTrac.Cli.Commands;

// quantrac — one command for everything done without a browser.
var root = new RootCommand("QuanTrac: environmental monitoring data system / hệ thống dữ liệu quan trắc môi trường")
{
    ParseCommand.Create(),      // read station files, print what they hold
    IngestCommand.Create(),     // receive files into the store
    ExportCommand.Create(),     // observations as CSV
    QcCommand.Create(),         // automatic QC over stored observations; qc rules show|set (versioned rule sets)
    ReviewCommand.Create(),     // two-level review: approve, invalidate, correct, annotate, reopen; review queue
    AuditCommand.Create(),      // audit log: verify the hash chain
    CompletenessCommand.Create(), // completeness and timeliness per station, parameter and day
    AlertsCommand.Create(),     // alerts: evaluate, list, acknowledge, resolve
    TamperCommand.Create(),     // tamper signals of self-monitoring stations, for review
    StationsCommand.Create(),   // station registry: list, import, export
    FilesCommand.Create(),      // file registry, quarantine, raw bytes
    SimulateCommand.Create(),   // realistic station files for demos and benchmarks
    ServeCommand.Create(),      // the server
    UsersCommand.Create(),      // console accounts and roles
    KeysCommand.Create(),       // API keys and station upload keys
    AqiCommand.Create(),        // VN_AQI and US AQI: sub-indices, NowCast, hourly and daily series
    WqiCommand.Create(),        // VN_WQI of water samples
    LimitsCommand.Create(),     // QCVN limit checks
    PtCommand.Create(),         // proficiency testing: statistics (ISO 13528), schemes, rounds, results, reports, history
    RefcheckCommand.Create(),   // reference-material checks of stations (pH, NH4+): evaluate, record, summary
};
return await root.Parse(args).InvokeAsync();
