namespace QuanTrac.Domain.Observations;

/// <summary>Device status of a record (Circular 10/2021): the fifth field of a line.</summary>
public enum DeviceStatus
{
    /// <summary><c>00</c> đang đo: measuring, a valid candidate.</summary>
    Measuring = 0,
    /// <summary><c>01</c> hiệu chuẩn: calibrating; excluded from averages (never means "above the limit").</summary>
    Calibrating = 1,
    /// <summary><c>02</c> báo lỗi thiết bị: device error; excluded and counted as downtime.</summary>
    DeviceError = 2,
    /// <summary>Any other code; stored raw and treated as invalid.</summary>
    Unknown = 9,
}

/// <summary>Reads and writes the two-character status codes.</summary>
public static class DeviceStatusCodes
{
    /// <summary>Maps a raw two-character code; anything but <c>00</c>, <c>01</c>, <c>02</c> is <see cref="DeviceStatus.Unknown"/>.</summary>
    public static DeviceStatus FromCode(string code) => code switch
    {
        "00" => DeviceStatus.Measuring,
        "01" => DeviceStatus.Calibrating,
        "02" => DeviceStatus.DeviceError,
        _ => DeviceStatus.Unknown,
    };

    /// <summary>The code of a known status (<c>00</c>, <c>01</c>, <c>02</c>).</summary>
    public static string ToCode(DeviceStatus status) => status switch
    {
        DeviceStatus.Measuring => "00",
        DeviceStatus.Calibrating => "01",
        DeviceStatus.DeviceError => "02",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "An unknown status has no code of its own."),
    };
}
