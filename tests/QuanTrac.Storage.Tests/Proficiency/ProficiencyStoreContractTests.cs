using QuanTrac.Storage.Proficiency;
using QuanTrac.Storage.ReferenceChecks;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests.Proficiency;

/// <summary>PT schemes, rounds and reference-material checks: the same behaviour in both stores.</summary>
public abstract class ProficiencyStoreContractTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    static readonly DateTimeOffset T0 = Some.Time;

    protected IQuanTracStore Store { get; private set; } = null!;
    IProficiencyStore Pt => (IProficiencyStore)Store;
    IReferenceCheckStore Checks => (IReferenceCheckStore)Store;

    /// <summary>The database under the store (a new one per test).</summary>
    protected TDatabase Database { get; } = new();


    public async Task InitializeAsync()
    {
        Store = await Database.CreateStoreAsync();
        await Store.MigrateAsync();
        await Pt.CreateSchemeAsync(new("WAT", "Nước 2026", "Water 2026", 12, T0));
        await Pt.CreateRoundAsync(new("WAT-R1", "WAT", "Round 1", PtRoundStatus.Open, T0), [
            new("WAT-R1", "COD", "wastewater", "COD", "mg/L", new(PtAssignedMethod.Consensus, null, null, PtSigmaMethod.Percent, 10, 15)),
            new("WAT-R1", "NH4", "wastewater", "NH4", "mg/L", new(PtAssignedMethod.Reference, 5.2, 0.05, PtSigmaMethod.Fixed, 0.4)),
        ]);
        await Pt.AddParticipantsAsync("WAT-R1", [new("WAT-R1", "P01", "LAB-A"), new("WAT-R1", "P02", "LAB-B")]);
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
            await Store.DisposeAsync();
        await Database.CleanUpAsync();
    }

    static PtResult Result(string measurand, string participant, double? value, string? censored = null) =>
        new("WAT-R1", measurand, participant, 2, value, censored, 0.5, 1.0, 2, "SMEWW 5220C");

    static PtScore Score(string participant) =>
        new("WAT-R1", "COD", participant, 1.5, 3.0, 0.3, 0.29, 1.1, 0.7, "satisfactory", "z", "satisfactory", "satisfactory", null);

    [SkippableFact]
    public async Task CreateRoundAsync_ThenGet_RoundTripsRoundAndMeasurands()
    {
        var round = await Pt.GetRoundAsync("WAT-R1");
        Assert.Equal(new PtRound("WAT-R1", "WAT", "Round 1", PtRoundStatus.Open, T0), round);
        var measurands = await Pt.GetMeasurandsAsync("WAT-R1");
        Assert.Equal(["COD", "NH4"], measurands.Select(m => m.Code));
        Assert.Equal(new PtMethod(PtAssignedMethod.Reference, 5.2, 0.05, PtSigmaMethod.Fixed, 0.4), measurands[1].Method);
        Assert.Null(measurands[0].Assignment);
        Assert.Equal(12, (await Pt.GetSchemeAsync("WAT"))!.MinParticipantsForConsensus);
    }

    [SkippableFact]
    public async Task CreateRoundAsync_UnknownSchemeOrExistingCode_Refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Pt.CreateRoundAsync(new("X-R1", "X", "t", PtRoundStatus.Open, T0), []));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Pt.CreateRoundAsync(new("WAT-R1", "WAT", "t", PtRoundStatus.Open, T0), []));
    }

    [SkippableFact]
    public async Task AddParticipantsAsync_CodeOfAnotherLab_RefusedAndSamePairIgnored()
    {
        await Pt.AddParticipantsAsync("WAT-R1", [new("WAT-R1", "P01", "LAB-A")]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Pt.AddParticipantsAsync("WAT-R1", [new("WAT-R1", "P01", "LAB-C")]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Pt.AddParticipantsAsync("WAT-R1", [new("WAT-R1", "P09", "LAB-B")]));
        Assert.Equal(["P01", "P02"], (await Pt.GetParticipantsAsync("WAT-R1")).Select(p => p.Code));
        Assert.Equal([new PtParticipant("WAT-R1", "P02", "LAB-B")], await Pt.GetParticipationsAsync("LAB-B"));
    }

    [SkippableFact]
    public async Task ReplaceResultsAsync_CensoredResult_KeptAsTextWithoutValue()
    {
        await Pt.ReplaceResultsAsync("WAT-R1", [Result("COD", "P01", 41.25), Result("COD", "P02", null, "<0.05")]);
        var results = await Pt.GetResultsAsync("WAT-R1");
        Assert.Equal(Result("COD", "P01", 41.25), results[0]);
        Assert.Equal((null, "<0.05"), (results[1].Value, results[1].Censored));
    }

    [SkippableFact]
    public async Task SaveComputationAsync_ThenReplaceResults_ScoresDroppedAndRoundOpenAgain()
    {
        await Pt.ReplaceResultsAsync("WAT-R1", [Result("COD", "P01", 41.25), Result("COD", "P02", 39.0)]);
        var assignment = new PtAssignment(40.1, 0.3, 4.01, 2, 40.1, 1.2, true);
        await Pt.SaveComputationAsync("WAT-R1", new Dictionary<string, PtAssignment> { ["COD"] = assignment }, [Score("P01"), Score("P02")], T0.AddDays(1));

        Assert.Equal((PtRoundStatus.Computed, T0.AddDays(1)), ((await Pt.GetRoundAsync("WAT-R1"))!.Status, (await Pt.GetRoundAsync("WAT-R1"))!.ComputedAt));
        Assert.Equal(assignment, (await Pt.GetMeasurandsAsync("WAT-R1"))[0].Assignment);
        Assert.Equal([Score("P01"), Score("P02")], await Pt.GetScoresAsync("WAT-R1"));

        await Pt.ReplaceResultsAsync("WAT-R1", [Result("COD", "P01", 40)]);
        Assert.Equal(PtRoundStatus.Open, (await Pt.GetRoundAsync("WAT-R1"))!.Status);
        Assert.Empty(await Pt.GetScoresAsync("WAT-R1"));
        Assert.Null((await Pt.GetMeasurandsAsync("WAT-R1"))[0].Assignment);
    }

    [SkippableFact]
    public async Task PublishAsync_Open_RefusedThenComputed_FreezesTheRound()
    {
        await Pt.ReplaceResultsAsync("WAT-R1", [Result("COD", "P01", 41.25)]);
        await Assert.ThrowsAsync<PtRoundStateException>(() => Pt.PublishAsync("WAT-R1", T0));
        await Pt.SaveComputationAsync("WAT-R1", new Dictionary<string, PtAssignment>(), [Score("P01")], T0);
        await Pt.PublishAsync("WAT-R1", T0.AddDays(2));

        Assert.Equal((PtRoundStatus.Published, T0.AddDays(2)), ((await Pt.GetRoundAsync("WAT-R1"))!.Status, (await Pt.GetRoundAsync("WAT-R1"))!.PublishedAt));
        await Assert.ThrowsAsync<PtRoundStateException>(() => Pt.ReplaceResultsAsync("WAT-R1", []));
        await Assert.ThrowsAsync<PtRoundStateException>(() => Pt.SaveComputationAsync("WAT-R1", new Dictionary<string, PtAssignment>(), [], T0));
        await Assert.ThrowsAsync<PtRoundStateException>(() => Pt.AddParticipantsAsync("WAT-R1", [new("WAT-R1", "P03", "LAB-C")]));
        await Assert.ThrowsAsync<PtRoundStateException>(() => Pt.PublishAsync("WAT-R1", T0));
        Assert.Single(await Pt.GetResultsAsync("WAT-R1"));
        Assert.Single(await Pt.GetScoresAsync("WAT-R1"));
    }

    static StoredReferenceCheck Check(string station, string parameter, DateTimeOffset at, bool passed) =>
        new(station, "SN-1", parameter, 7.0, 0.02, "LOT-9", 25.1, [7.01, 7.05, 6.99], 7.016666666666667, 0.016666666666667, 0.2, passed, "Nguyễn Văn A", at, at.AddHours(1));

    [SkippableFact]
    public async Task RecordChecksAsync_SameCheckTwice_RecordedOnceAndReadBackInTimeOrder()
    {
        var checks = new[] { Check("ST2", "pH", T0.AddDays(1), false), Check("ST1", "pH", T0, true), Check("ST1", "pH", T0.AddDays(-3), true) };
        Assert.Equal(3, await Checks.RecordChecksAsync(checks));
        Assert.Equal(0, await Checks.RecordChecksAsync([checks[0]]));

        // Readings are a list: compare them as a sequence and the rest with them set aside.
        static object Key(StoredReferenceCheck c) => (c with { Readings = [] }, string.Join(';', c.Readings));
        Assert.Equal([Key(checks[2]), Key(checks[1]), Key(checks[0])], (await Checks.GetChecksAsync()).Select(Key));
        Assert.Equal([Key(checks[1])], (await Checks.GetChecksAsync("ST1", "pH", T0.AddHours(-1), T0.AddHours(1))).Select(Key));
        Assert.Empty(await Checks.GetChecksAsync(parameter: "NH4"));
    }
}

public sealed class SqliteProficiencyStoreTests : ProficiencyStoreContractTests<SqliteTestDatabase>;

public sealed class PostgresProficiencyStoreTests : ProficiencyStoreContractTests<PostgresTestDatabase>;
