namespace QuanTrac.Domain.Standards.Averaging;

/// <summary>The calendar periods of the averaging engine, all hour-ending in Vietnam local time.</summary>
public enum AveragingPeriod
{
    /// <summary>Hour labelled HH:00, covering (HH−1:00, HH:00].</summary>
    Hour,
    /// <summary>Day D, covering (00:00 of D, 00:00 of D+1]: the hourly labels 01:00 of D … 00:00 of D+1.</summary>
    Day,
    /// <summary>Calendar month of the days it holds (the day of an instant t is the date of t − 1 tick, local).</summary>
    Month,
    /// <summary>Calendar year of the days it holds.</summary>
    Year,
}
