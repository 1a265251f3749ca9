using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SeedModels.Benchmarks.Extraction
{
    /// <summary>Adds MB/s and allocation per article to the extraction benchmarks.</summary>
    public class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn(), new AllocatedPerArticleColumn());
    }

    /// <summary>Corpus bytes (UTF-8, as on disk) divided by the mean time of one pass over the corpus; 1 MB = 10^6 bytes.</summary>
    public sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Throughput: corpus bytes / mean time, 1 MB = 10^6 bytes";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (mean is not double ns || ns <= 0)
            {
                return "-";
            }

            return (ExtractionBenchmarks.TotalBytes / (ns / 1e9) / 1e6).ToString("F1", CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    /// <summary>Bytes allocated per operation (one pass over the corpus) divided by the number of articles.</summary>
    public sealed class AllocatedPerArticleColumn : IColumn
    {
        public string Id => nameof(AllocatedPerArticleColumn);

        public string ColumnName => "Alloc/article";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => "Managed memory allocated per article (Allocated / articles)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report == null)
            {
                return "-";
            }

            var bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is long b ? (b / (double)ExtractionBenchmarks.Articles / 1024.0).ToString("F2", CultureInfo.InvariantCulture) + " KB" : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
