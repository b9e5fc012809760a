using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace QuanTrac.Server.Tests.Alerts;

/// <summary>
/// A real SMTP server from Debian's packages: <c>/usr/bin/python3 -m aiosmtpd</c> with its Maildir handler, on a
/// free loopback port, writing every message it accepts into <see cref="Maildir"/>. <see cref="Unavailable"/> says
/// why it cannot run here (then the test is skipped with that reason).
/// </summary>
public sealed class LocalSmtpServer : IDisposable
{
    const string Python = "/usr/bin/python3";
    readonly Process _process;
    readonly string _root;

    /// <summary>Null when aiosmtpd can run, else the reason.</summary>
    public static string? Unavailable { get; } = Probe();

    public LocalSmtpServer()
    {
        // aiosmtpd's Maildir handler creates new/, cur/ and tmp/ only when it creates the folder itself.
        _root = Directory.CreateTempSubdirectory("quantrac-smtp-").FullName;
        Maildir = Path.Combine(_root, "maildir");
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _process = Process.Start(new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>The files of the messages received so far.</summary>
    public string[] Messages => Directory.Exists(Path.Combine(Maildir, "new")) ? Directory.GetFiles(Path.Combine(Maildir, "new")) : [];

    static string? Probe()
    {
        if (!File.Exists(Python))
            return $"{Python} (Debian's Python) is missing; install python3-aiosmtpd (scripts/smtp-for-tests.sh).";
        using var p = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { RedirectStandardError = true })!;
        p.WaitForExit();
        return p.ExitCode == 0 ? null : "python3-aiosmtpd is not installed (scripts/smtp-for-tests.sh installs it as root); the SMTP test needs a real SMTP server.";
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
