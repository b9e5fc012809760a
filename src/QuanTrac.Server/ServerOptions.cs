namespace QuanTrac.Server;

/// <summary>How <c>quantrac serve</c> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>Data folder of the embedded store and the inbox (default <c>./data</c>).</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>Database connection instead of the embedded store (<c>--db</c>), or null.</summary>
    public string? Connection { get; init; }

    /// <summary>Inbox that FTP uploads land in (default <c>DATA/inbox</c>).</summary>
    public string? Inbox { get; init; }

    /// <summary>Addresses to listen on (default <c>http://127.0.0.1:5080</c>).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Feed the inbox with simulated stations (<c>--demo</c>).</summary>
    public bool Demo { get; init; }

    /// <summary>Stations of each type the demo simulates (default 3).</summary>
    public int DemoStationsPerType { get; init; } = 3;

    /// <summary>How long an inbox file must stay unchanged before it is read (default 5 s).</summary>
    public TimeSpan InboxStableFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Key that provinces must present to relay files here (<c>--relay-key</c>); null: relayed files are refused.</summary>
    public string? RelayKey { get; init; }

    /// <summary>Forward every accepted file to an upstream QuanTrac (<c>--relay-to</c>), or null.</summary>
    public Relay.RelayOptions? RelayTo { get; init; }

    /// <summary>This node's name among several sharing one database and inbox (default: host, process id and a random part).</summary>
    public string Node { get; init; } = QuanTrac.Storage.Cluster.ClusterCoordination.NewNodeName();

    /// <summary>How long a claim on an inbox file lasts unrenewed (default 30 s): the wait before another node takes over a dead node's files.</summary>
    public TimeSpan InboxClaimLease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the leader lease of the periodic jobs lasts unrenewed (default 30 s).</summary>
    public TimeSpan LeaderLease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Published API request limits (per key, person, or anonymous address).</summary>
    public RateLimits.RateLimitOptions RateLimits { get; init; } = new();

    /// <summary>How often the leader evaluates alerts (default 1 minute).</summary>
    public TimeSpan AlertEvaluationInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Thresholds, look-back and per-station limits of the alert evaluation.</summary>
    public Ingest.Alerts.AlertRunOptions AlertRun { get; init; } = new();

    /// <summary>Where alert changes are sent (<c>--webhook</c>, <c>--smtp</c>, <c>--mail-to</c>).</summary>
    public Alerts.NotificationOptions Notifications { get; init; } = new();

    /// <summary>How often the live alert feed looks for changes (default 1 s).</summary>
    public TimeSpan AlertStreamPoll { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Longest wait between two passes over the current AQI/WQI (default 5 s); new files wake a pass earlier.</summary>
    public TimeSpan IndexRefresh { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Shortest time between two index passes (default 1 s), so that a burst of files is computed once.</summary>
    public TimeSpan IndexCoalesce { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often every station's current AQI/WQI is recomputed even without new files (default 10 min; also at each new hour).</summary>
    public TimeSpan IndexFullRefresh { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Map tile URL template of the portal (<c>--tile-url</c>); empty: no tiles, stations drawn on an outline of Vietnam.</summary>
    public string TileUrl { get; init; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>Attribution shown with the tiles (<c>--tile-attribution</c>).</summary>
    public string TileAttribution { get; init; } = "© OpenStreetMap contributors";

    /// <summary>Folder of the portal files instead of <c>portal/</c> beside the program (tests, development), or null.</summary>
    public string? PortalDirectory { get; init; }

    /// <summary>The inbox folder in force.</summary>
    public string InboxPath => Inbox ?? Path.Combine(DataDirectory, "inbox");
}
