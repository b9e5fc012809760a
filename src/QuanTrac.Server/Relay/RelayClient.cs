using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace QuanTrac.Server.Relay;

/// <summary>What became of one send.</summary>
public enum RelaySendStatus
{
    /// <summary>The upstream answered 2xx: it has committed the file.</summary>
    Sent,
    /// <summary>The upstream refused this file (4xx): retry it later on its own schedule; other files may pass.</summary>
    Refused,
    /// <summary>The upstream could not be reached or is unwell (connection, timeout, 5xx, 408, 429): stop the round.</summary>
    Unavailable,
}

/// <summary>The result of one send: status, the upstream's outcome (when sent) or the error.</summary>
public sealed record RelaySendResult(RelaySendStatus Status, string Detail);

/// <summary>Posts one file to the upstream (<see cref="RelayProtocol"/>).</summary>
public sealed class RelayClient(HttpClient http, RelayOptions options)
{
    /// <summary>Sends <paramref name="bytes"/> under <paramref name="fileName"/>; never throws for a network failure.</summary>
    public async Task<RelaySendResult> SendAsync(string fileName, string sha256, byte[] bytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Key);
        request.Headers.Add(RelayProtocol.FileNameHeader, Uri.EscapeDataString(fileName));
        request.Headers.Add(RelayProtocol.Sha256Header, sha256);
        request.Headers.Add(RelayProtocol.SourceHeader, options.Source);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadFromJsonAsync<Answer>(timeout.Token);
                return new RelaySendResult(RelaySendStatus.Sent, answer?.Outcome ?? "unknown");
            }
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var detail = $"HTTP {(int)response.StatusCode}: {(body.Length > 500 ? body[..500] : body)}";
            var transient = (int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return new RelaySendResult(transient ? RelaySendStatus.Unavailable : RelaySendStatus.Refused, detail);
        }
        catch (HttpRequestException e)
        {
            return new RelaySendResult(RelaySendStatus.Unavailable, e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RelaySendResult(RelaySendStatus.Unavailable, $"no answer within {options.Timeout}");
        }
        catch (System.Text.Json.JsonException e)
        {
            // 2xx but not our answer: something else listens there; do not count it as delivered.
            return new RelaySendResult(RelaySendStatus.Refused, "2xx answer that is not a relay answer: " + e.Message);
        }
    }

    sealed record Answer(string? Outcome);
}
