using System.Net;
using System.Net.Sockets;
using System.Text;

namespace QuanTrac.Server.Tests.Alerts;

/// <summary>
/// A real HTTP listener on a free loopback port that answers the first <c>failures</c> requests with 503 and the
/// rest with 200, recording every request (body and delivery header).
/// </summary>
public sealed class LocalHttpReceiver : IDisposable
{
    readonly HttpListener _listener = new();
    readonly int _failures;
    readonly Task _loop;

    public LocalHttpReceiver(int failures)
    {
        _failures = failures;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Every request: status answered, delivery id, body.</summary>
    public List<(int Status, string? Delivery, string Body)> Requests { get; } = [];

    async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            int status;
            lock (Requests)
            {
                status = Requests.Count < _failures ? 503 : 200;
                Requests.Add((status, context.Request.Headers["X-QuanTrac-Delivery"], body));
            }
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
