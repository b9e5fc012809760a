using System.CommandLine;
using QuanTrac.Domain.Statistics.ProficiencyTesting;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// The stored proficiency-testing workflow: <c>pt scheme create</c>; <c>pt round create|add-measurand|show|compute|publish</c>;
/// <c>pt participants add|list</c>; <c>pt results import</c>. JSON on standard output; refusals (bad input naming the row,
/// a published round, too few results) exit 2 with the reason in Vietnamese and English on standard error.
/// </summary>
static class PtRoundCommands
{
    public static Command Scheme()
    {
        var code = PtStoreCommand.Required("--code", "Scheme code, e.g. WAT-2026 / Mã chương trình");
        var vi = PtStoreCommand.Required("--name-vi", "Name in Vietnamese / Tên tiếng Việt");
        var en = PtStoreCommand.Required("--name-en", "Name in English / Tên tiếng Anh");
        var min = new Option<int>("--min-consensus") { DefaultValueFactory = _ => 12, Description = "Fewest numeric results for a consensus value (default 12) / Số kết quả tối thiểu" };
        var create = new Command("create", "Create a scheme / Tạo chương trình") { code, vi, en, min }.WithStore(async (r, db, ct) =>
        {
            var s = await PtStoreCommand.Rounds(db).CreateSchemeAsync(r.GetValue(code)!, r.GetValue(vi)!, r.GetValue(en)!, r.GetValue(min), ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("scheme", s.Code);
                json.WriteString("nameVi", s.NameVi);
                json.WriteString("nameEn", s.NameEn);
                json.WriteNumber("minConsensus", s.MinParticipantsForConsensus);
                json.WriteEndObject();
            });
            return 0;
        });
        return new Command("scheme", "Proficiency-testing schemes / Chương trình thử nghiệm thành thạo") { create };
    }

    public static Command Round()
    {
        return new Command("round", "Rounds of a scheme / Các vòng thử nghiệm") { Create(), AddMeasurand(), Show(), Compute(), Publish() };

        static Command Create()
        {
            var scheme = PtStoreCommand.Required("--scheme", "Scheme code / Mã chương trình");
            var code = PtStoreCommand.Required("--code", "Round code, e.g. WAT-2026-R1 / Mã vòng");
            var title = new Option<string?>("--title") { Description = "Title printed on reports / Tiêu đề" };
            var measurand = new PtMeasurandOptions();
            var command = new Command("create", "Create an open round with its first measurand / Tạo vòng") { scheme, code, title };
            measurand.AddTo(command);
            return command.WithStore(async (r, db, ct) =>
            {
                var round = r.GetValue(code)!;
                var rounds = PtStoreCommand.Rounds(db);
                await rounds.CreateRoundAsync(round, r.GetValue(scheme)!, r.GetValue(title) ?? round, [measurand.Read(r, round)], ct);
                return await ShowAsync(db, round, ct);
            });
        }

        static Command AddMeasurand()
        {
            var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
            var measurand = new PtMeasurandOptions();
            var command = new Command("add-measurand", "Add a measurand to a round / Thêm chỉ tiêu") { round };
            measurand.AddTo(command);
            return command.WithStore(async (r, db, ct) =>
            {
                await PtStoreCommand.Rounds(db).AddMeasurandAsync(measurand.Read(r, r.GetValue(round)!), ct);
                return await ShowAsync(db, r.GetValue(round)!, ct);
            });
        }

        static Command Show()
        {
            var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
            return new Command("show", "A round, its status and measurands / Thông tin vòng") { round }
                .WithStore((r, db, ct) => ShowAsync(db, r.GetValue(round)!, ct));
        }

        static Command Compute()
        {
            var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
            return new Command("compute", "Assigned values, σ_pt and every score / Tính giá trị ấn định và điểm") { round }.WithStore(async (r, db, ct) =>
            {
                var code = r.GetValue(round)!;
                var measurands = await PtStoreCommand.Rounds(db).ComputeAsync(code, ct);
                var scores = await ((IProficiencyStore)db).GetScoresAsync(code, ct);
                StandardsJson.Write(json =>
                {
                    json.WriteStartObject();
                    json.WriteString("round", code);
                    json.WriteString("status", "computed");
                    json.WriteStartArray("measurands");
                    foreach (var m in measurands)
                        PtStoreCommand.Measurand(json, m);
                    json.WriteEndArray();
                    json.WriteNumber("scored", scores.Count);
                    json.WriteStartObject("classes");
                    foreach (var c in Enum.GetValues<ScoreClass>())
                        json.WriteNumber(Proficiency.Rounds.PtClass.Name(c), scores.Count(s => s.Class == Proficiency.Rounds.PtClass.Name(c)));
                    json.WriteEndObject();
                    json.WriteEndObject();
                });
                return 0;
            });
        }

        static Command Publish()
        {
            var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
            return new Command("publish", "Publish a computed round; it is frozen from then on / Công bố vòng") { round }.WithStore(async (r, db, ct) =>
            {
                await PtStoreCommand.Rounds(db).PublishAsync(r.GetValue(round)!, ct);
                return await ShowAsync(db, r.GetValue(round)!, ct);
            });
        }
    }

    static async Task<int> ShowAsync(Storage.IQuanTracStore db, string code, CancellationToken ct)
    {
        var store = (IProficiencyStore)db;
        var round = await store.GetRoundAsync(code, ct)
            ?? throw new Proficiency.Rounds.PtSetupException(new("PT_UNKNOWN_ROUND", $"Không có vòng '{code}'.", $"There is no round '{code}'."));
        var measurands = await store.GetMeasurandsAsync(code, ct);
        StandardsJson.Write(json => PtStoreCommand.Round(json, round, measurands));
        return 0;
    }

    public static Command Participants()
    {
        var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
        var input = PtStoreCommand.Required("--input", "CSV or XLSX with columns lab,participant / Tệp đăng ký");
        var add = new Command("add", "Enrol laboratories under anonymous codes / Đăng ký phòng thí nghiệm") { round, input }.WithStore(async (r, db, ct) =>
        {
            if (PtStoreCommand.ReadBytes(r.GetValue(input)!) is not { } bytes)
                return 2;
            var count = await PtStoreCommand.Rounds(db).EnrolAsync(r.GetValue(round)!, r.GetValue(input)!, bytes, ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("round", r.GetValue(round));
                json.WriteNumber("participants", count);
                json.WriteEndObject();
            });
            return 0;
        });
        var listRound = PtStoreCommand.Required("--round", "Round code / Mã vòng");
        var list = new Command("list", "Participants of a round (codes and laboratories) / Danh sách tham gia") { listRound }.WithStore(async (r, db, ct) =>
        {
            var participants = await ((IProficiencyStore)db).GetParticipantsAsync(r.GetValue(listRound)!, ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartArray();
                foreach (var p in participants)
                {
                    json.WriteStartObject();
                    json.WriteString("participant", p.Code);
                    json.WriteString("lab", p.Lab);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });
            return 0;
        });
        return new Command("participants", "Laboratories of a round / Đơn vị tham gia") { add, list };
    }

    public static Command Results()
    {
        var round = PtStoreCommand.Required("--round", "Round code / Mã vòng");
        var input = PtStoreCommand.Required("--input", "CSV or XLSX: participant,[measurand,]value[,u | ,U,k][,method] / Tệp kết quả");
        var import = new Command("import", "Import (replace) the round's results; a bad row imports nothing / Nhập kết quả") { round, input }.WithStore(async (r, db, ct) =>
        {
            if (PtStoreCommand.ReadBytes(r.GetValue(input)!) is not { } bytes)
                return 2;
            var summary = await PtStoreCommand.Rounds(db).ImportResultsAsync(r.GetValue(round)!, r.GetValue(input)!, bytes, ct);
            StandardsJson.Write(json =>
            {
                json.WriteStartObject();
                json.WriteString("round", summary.Round);
                json.WriteNumber("results", summary.Results);
                json.WriteNumber("numeric", summary.Numeric);
                json.WriteNumber("censored", summary.Censored);
                json.WriteEndObject();
            });
            return 0;
        });
        return new Command("results", "Participants' results / Kết quả của các đơn vị") { import };
    }
}
