using QuanTrac.Domain.Audit;

namespace QuanTrac.Domain.Tests.Audit;

public class AuditChainTests
{
    static readonly DateTimeOffset T = new(2025, 6, 15, 1, 2, 3, 456, TimeSpan.Zero);

    static List<AuditEntry> Chain(int n)
    {
        var list = new List<AuditEntry>();
        for (var i = 0; i < n; i++)
            list.Add(AuditChain.Next(list.LastOrDefault(), T.AddMinutes(i), "alice", "review.approve", $"station=S;row={i}", "unreviewed", "level1:approved", ""));
        return list;
    }

    [Fact]
    public void Verify_IntactChain_OkWithHead()
    {
        var chain = Chain(4);
        var v = AuditChain.Verify(chain);
        Assert.Equal((true, 4L, chain[^1].Hash), (v.Ok, v.Entries, v.Head));
        Assert.Equal(AuditChain.Genesis, chain[0].PreviousHash);
        Assert.Equal(64, chain[0].Hash.Length);
    }

    [Fact]
    public void Verify_EditedRow_NamesThatRow()
    {
        var chain = Chain(4);
        chain[2] = chain[2] with { Reason = "edited" };
        var v = AuditChain.Verify(chain);
        Assert.Equal((false, 3L, "CONTENT_HASH_MISMATCH"), (v.Ok, v.FirstBrokenSeq, v.Code));
        Assert.Contains("Dòng nhật ký 3", v.Message, StringComparison.Ordinal);
        Assert.Contains("Audit row 3", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RowRehashedAfterEdit_BreaksAtTheNextRow()
    {
        var chain = Chain(4);
        var edited = chain[1] with { After = "level1:invalidated" };
        chain[1] = edited with { Hash = AuditChain.HashOf(edited) };
        var v = AuditChain.Verify(chain);
        Assert.Equal((3L, "PREVIOUS_HASH_MISMATCH"), (v.FirstBrokenSeq!.Value, v.Code));
    }

    [Fact]
    public void Verify_RowRemoved_ReportsTheGap()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);
        var v = AuditChain.Verify(chain);
        Assert.Equal((3L, "SEQUENCE_GAP"), (v.FirstBrokenSeq!.Value, v.Code));
    }

    [Fact]
    public void Next_SubMillisecondTime_TruncatedSoTheStoredRowRehashesTheSame()
    {
        var e = AuditChain.Next(null, T.AddTicks(1234), "a", "b", "c", "d", "e", "f");
        Assert.Equal(T, e.RecordedAt);
        Assert.Equal(e.Hash, AuditChain.HashOf(e));
    }
}
