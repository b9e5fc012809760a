namespace QuanTrac.Ingest.Tests.StationFiles;

/// <summary>The C# literals of station-data-format.md §13, copied verbatim (sizes and SHA-256 checked in a test).</summary>
internal static class SpecExamples
{
    public const string Wastewater131Name = "QN_DEMO_NUO002_20250614083500.txt";
    public const string Wastewater131 = "Flow_In\t42.18\tm3/h\t20250614083500\t00\r\nFlow_Out\t39.74\tm3/h\t20250614083500\t00\r\nTemp\t29.6\toC\t20250614083500\t00\r\npH\t7.12\t\t20250614083500\t00\r\nTSS\t18.4\tmg/L\t20250614083500\t00\r\nCOD\t41.07\tmg/L\t20250614083500\t00\r\nNH4\t1.93\tmg/L\t20250614083500\t01\r\n";
    public const string Wastewater131Sha = "6d9084474db7ccbae789c1dfc4d1e120201351014ce08cd0428e34cf2c0dc931";

    public const string Stack132Name = "QN_DEMO_KHI003_20250614084000.txt";
    public const string Stack132 = "Lưu lượng\t118250.6\tm3/h\t20250614084000\t00\nNhiệt độ\t132.4\toC\t20250614084000\t00\nÁp suất\t101.2\tkPa\t20250614084000\t00\nO2\t9.83\t%\t20250614084000\t00\nBụi\t12.7\tmg/Nm3\t20250614084000\t00\nSO2\t186.2\tmg/Nm3\t20250614084000\t00\nNOx\t241.9\tmg/Nm3\t20250614084000\t00\nCO\t\tmg/Nm3\t20250614084000\t02\n";
    public const string Stack132Sha = "746adc3ea860df8b1b22f7d34de1841310e143829b6213f4023d4806413054ec";

    public const string Air133Name = "QN_DEMO_KHI001_20250614090000.txt";
    public const string Air133 = "SO2\t8.35\tug/m3\t20250614090000\t00\r\nNO2\t27.91\tug/m3\t20250614090000\t00\r\nCO\t812.4\tug/m3\t20250614090000\t00\r\nO3\t61.2\tug/m3\t20250614090000\t01\r\nPM10\t44.8\tug/m3\t20250614090000\t00\r\nPM2,5\t23.6\tug/m3\t20250614090000\t00\r\nĐộ ẩm\t78.5\t%\t20250614090000\t00\r\nHướng gió\t---\tDegree\t20250614090000\t02\r\n";
    public const string Air133Sha = "f9b716fed7fa1aa62f14da0975b8a27f3d1ac2172372589c7e538cd4bd8dca8d";

    public const string MultiRecord134Name = "QN_DEMO_NUO002_20250614091000.txt";
    public const string MultiRecord134 = "Temp\t28.9\toC\t20250614091000\t00\tpH\t7.05\t\t20250614091000\t00\n";

    public static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
