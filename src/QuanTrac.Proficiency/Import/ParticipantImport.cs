using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Import;

/// <summary>
/// Reads the enrolment sheet of a round: columns <c>lab</c> (the laboratory's permanent code) and <c>participant</c> (its
/// anonymous code in this round), CSV or XLSX. Codes and labs must be unique in the sheet.
/// </summary>
public static class ParticipantImport
{
    /// <summary>Validates every row; throws <see cref="TableInputException"/> naming the row.</summary>
    public static IReadOnlyList<PtParticipant> Read(Sheet sheet, string round)
    {
        int Required(string name) => sheet.Column(name) is var i and >= 0 ? i
            : throw new TableInputException(1, null, new("PT_COLUMN_MISSING", $"Thiếu cột '{name}'.", $"The column '{name}' is missing."));
        var (lab, participant) = (Required("lab"), Required("participant"));
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var labs = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<PtParticipant>();
        foreach (var (row, fields) in sheet.Rows)
        {
            var l = fields[lab].Trim();
            var p = fields[participant].Trim();
            if (!MeasurandSetup.Code(l))
                throw new TableInputException(row, "lab", new("PT_LAB_CODE", $"Mã phòng thí nghiệm '{l}' không hợp lệ.", $"The laboratory code '{l}' is not valid."));
            if (!MeasurandSetup.Code(p))
                throw new TableInputException(row, "participant", new("PT_PARTICIPANT_CODE", $"Mã tham gia '{p}' không hợp lệ.", $"The participant code '{p}' is not valid."));
            if (codes.TryGetValue(p, out var first) || labs.TryGetValue(l, out first))
                throw new TableInputException(row, codes.ContainsKey(p) ? "participant" : "lab", new("PT_DUPLICATE_PARTICIPANT",
                    FormattableString.Invariant($"Trùng với dòng {first}."), FormattableString.Invariant($"Repeats row {first}.")));
            codes[p] = row;
            labs[l] = row;
            list.Add(new(round, p, l));
        }
        if (list.Count == 0)
            throw new TableInputException(0, null, new("PT_NO_PARTICIPANTS", "Không có phòng thí nghiệm nào.", "There are no laboratories."));
        return list;
    }
}
