using System.Globalization;
using QuanTrac.Domain.Standards.Tabular;

namespace QuanTrac.Domain.Quality;

/// <summary>The bilingual reason of a flag, built only when someone reads it (never in the QC loop).</summary>
static class QcReasons
{
    static string N(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    public static BilingualMessage For(QcFlag f, QcSeriesRules rules)
    {
        var code = QcFlagCodes.Name(f.Code);
        var (v, d) = (N(f.Value), N(f.Detail));
        return f.Code switch
        {
            QcFlagCode.Calibration => new(code, "Thiết bị đang hiệu chuẩn (trạng thái 01).", "The device was calibrating (status 01)."),
            QcFlagCode.DeviceError => new(code, "Thiết bị báo lỗi (trạng thái 02).", "The device reported an error (status 02)."),
            QcFlagCode.UnknownStatus => new(code, "Mã trạng thái không xác định (không phải 00, 01, 02).", "Unknown status code (not 00, 01 or 02)."),
            QcFlagCode.BelowRange => new(code, $"Giá trị {v} nhỏ hơn giới hạn dưới hợp lý {d}.", $"The value {v} is below the plausible minimum {d}."),
            QcFlagCode.AboveRange => new(code, $"Giá trị {v} lớn hơn giới hạn trên hợp lý {d}.", $"The value {v} is above the plausible maximum {d}."),
            QcFlagCode.Negative => new(code, $"Giá trị âm ({v}) không thể có với thông số {rules.ParameterCode}.", $"A negative value ({v}) is impossible for {rules.ParameterCode}."),
            QcFlagCode.Zero => new(code, "Giá trị bằng 0 (thiết bị có thể lỗi).", "The value is exactly 0 (possible device fault)."),
            QcFlagCode.Stuck => new(code, $"Giá trị {v} lặp lại liên tiếp {d} lần (ngưỡng {N(rules.Settings.Stuck.RunLength)}): cảm biến có thể bị kẹt.",
                $"The value {v} repeated {d} times in a row (threshold {N(rules.Settings.Stuck.RunLength)}): the sensor may be stuck."),
            QcFlagCode.Spike => new(code, $"Giá trị {v} tăng/giảm đột biến so với trung vị {d} của {N(rules.Settings.Spike.Window)} giá trị trước và so với giá trị kế tiếp.",
                $"The value {v} jumps away from the median {d} of the previous {N(rules.Settings.Spike.Window)} values and from the next value."),
            QcFlagCode.FutureTime => f.Detail > 0
                ? new(code, $"Thời điểm đo sớm hơn thời điểm nhận {d} phút: đồng hồ trạm chạy nhanh.", $"Observed {d} minutes after it was received: the station clock runs fast.")
                : new(code, "Thời điểm đo nằm trong tương lai: đồng hồ trạm chạy nhanh.", "The observation time lies in the future: the station clock runs fast."),
            QcFlagCode.TimestampMismatch => new(code, "Thời gian trong dòng khác thời gian trong tên tệp (thời gian dòng được dùng).", "The line timestamp differs from the file-name timestamp (the line wins)."),
            QcFlagCode.Late => f.Detail > 0
                ? new(code, $"Nhận trễ {d} phút sau thời điểm đo.", $"Received {d} minutes after it was observed.")
                : new(code, "Nhận trễ so với thời điểm đo.", "Received late after it was observed."),
            QcFlagCode.CalibrationWindow => f.Detail >= 0
                ? new(code, $"Đo {d} phút sau khi hiệu chuẩn: thiết bị có thể chưa ổn định.", $"Measured {d} minutes after a calibration: the analyser may not have settled.")
                : new(code, $"Đo {N(-f.Detail)} phút trước khi hiệu chuẩn.", $"Measured {N(-f.Detail)} minutes before a calibration."),
            QcFlagCode.ReferenceCheckFailed => new(code, "Đo sau một lần kiểm tra mẫu chuẩn không đạt, chưa có lần kiểm tra đạt.", "Measured after a failed reference-material check, before the next passed one."),
            _ => throw new ArgumentOutOfRangeException(nameof(f), f.Code, null),
        };
    }
}
