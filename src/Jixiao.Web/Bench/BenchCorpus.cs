using Jixiao.Generator;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Jixiao.Web.Bench;

/// <summary>
/// What a bench run stores: a region with departments, units and a finance reviewer, and generated documents read
/// and prepared for <see cref="BulkImport"/> batch by batch (reading and reviewing on every core, outside the timing).
/// </summary>
public sealed class BenchCorpus
{
    public const string RegionCode = "990100";
    public const string ReviewerName = "bench-finance";
    public const string ReviewerPassword = "bench-jixiao-2026";
    private const int Departments = 20;
    private const int UnitsPerDepartment = 10;

    private readonly List<(Unit Unit, Department Department)> units = [];
    private readonly DateTime now;

    private BenchCorpus(User reviewer, DateTime now)
    {
        Reviewer = reviewer;
        this.now = now;
    }

    public User Reviewer { get; }

    /// <summary>Creates the organisation: tables go round-robin to 200 units of 20 departments; the reviewer sees them all.</summary>
    public static async Task<BenchCorpus> Arrange(JixiaoDb db, DateTime now)
    {
        db.Regions.Add(new Region { Code = RegionCode, Name = "基准测试省" });
        var reviewer = new User { RegionCode = RegionCode, UserName = ReviewerName, DisplayName = "基准测试 财政审核员", Role = Role.FinanceReviewer, CreatedAt = now };
        reviewer.PasswordHash = new PasswordHasher<User>().HashPassword(reviewer, ReviewerPassword);
        db.Users.Add(reviewer);
        var corpus = new BenchCorpus(reviewer, now);
        for (var d = 0; d < Departments; d++)
        {
            var department = new Department { RegionCode = RegionCode, Name = $"基准测试第{d + 1}部门", Code = $"{d + 101}" };
            db.Departments.Add(department);
            for (var u = 0; u < UnitsPerDepartment; u++)
            {
                var unit = new Unit { RegionCode = RegionCode, DepartmentId = department.Id, Name = $"{department.Name}第{u + 1}单位", Code = $"{d + 101}{u + 1:00}" };
                db.Units.Add(unit);
                corpus.units.Add((unit, department));
            }
        }
        await db.SaveChangesAsync();
        return corpus;
    }

    /// <summary>
    /// The tables of <paramref name="tables"/> generated tables (seed <paramref name="seed"/>), in batches of about
    /// <paramref name="batch"/>, each read, reviewed and turned into rows, all submitted so the reviewer sees them.
    /// </summary>
    public IEnumerable<List<BulkTable>> Batches(int tables, int seed, int batch, Profile profile)
    {
        var generator = new DocumentGenerator(new GeneratorOptions { Seed = seed });
        var documents = new List<GeneratedDocument>();
        var inBatch = 0;
        long counter = 0;
        foreach (var doc in generator.Generate(tables))
        {
            documents.Add(doc);
            inBatch += doc.Tables.Count;
            if (inBatch < batch) continue;
            yield return Prepare(documents, counter, profile);
            counter += inBatch;
            documents.Clear();
            inBatch = 0;
        }
        if (documents.Count > 0) yield return Prepare(documents, counter, profile);
    }

    /// <summary>Reads and prepares documents in parallel; <paramref name="first"/> is the running number of their first table, which picks its unit.</summary>
    private List<BulkTable> Prepare(List<GeneratedDocument> documents, long first, Profile profile)
    {
        var offsets = new long[documents.Count];
        for (var k = 0; k < documents.Count; k++)
        {
            offsets[k] = first;
            first += documents[k].Tables.Count;
        }
        var results = new List<BulkTable>[documents.Count];
        Parallel.For(0, documents.Count, k =>
        {
            var doc = documents[k];
            var read = DocumentReader.Read(doc.Bytes, doc.FileName);
            var list = new List<BulkTable>(read.Tables.Count);
            for (var t = 0; t < read.Tables.Count; t++)
            {
                var (unit, department) = units[(int)((offsets[k] + t) % units.Count)];
                var placement = new BulkPlacement(RegionCode, 2026, unit, department, TableState.Submitted, now, Reviewer.Id, Reviewer.UserName);
                list.Add(BulkImport.Prepare(read.Tables[t], placement, profile, doc.FileName));
            }
            results[k] = list;
        });
        return results.SelectMany(r => r).ToList();
    }
}
