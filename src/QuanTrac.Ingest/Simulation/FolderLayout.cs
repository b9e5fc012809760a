namespace QuanTrac.Ingest.Simulation;

/// <summary>Where a logger puts its files on the FTP server (spec §3.1; none is mandated, all are seen).</summary>
enum FolderLayout
{
    /// <summary><c>&lt;station&gt;/&lt;yyyy&gt;/&lt;MM&gt;/&lt;dd&gt;/&lt;file&gt;</c>.</summary>
    StationDate,
    /// <summary><c>&lt;yyyy&gt;/&lt;MM&gt;/&lt;dd&gt;/&lt;file&gt;</c>.</summary>
    Date,
    /// <summary>All files in the account root.</summary>
    Flat,
    /// <summary>Legacy firmware: <c>&lt;station&gt;/&lt;yyyy&gt;/Thang&lt;MM&gt;/&lt;yyyyMMdd&gt;/&lt;file&gt;</c>.</summary>
    Legacy,
}
