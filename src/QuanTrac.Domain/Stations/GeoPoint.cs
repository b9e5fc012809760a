namespace QuanTrac.Domain.Stations;

/// <summary>A WGS 84 position in decimal degrees: latitude in [-90, 90], longitude in [-180, 180].</summary>
public sealed record GeoPoint(double Latitude, double Longitude);
