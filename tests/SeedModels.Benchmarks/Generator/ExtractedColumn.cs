using System.Collections.Concurrent;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SeedModels.Benchmarks.Generator
{
    /// <summary>Adds the <see cref="ExtractedColumn"/> to the generator benchmarks.</summary>
    public class GeneratorConfig : ManualConfig
    {
        public GeneratorConfig() => AddColumn(new ExtractedColumn());
    }

    /// <summary>
    /// How many articles the benchmarked scenario extracts: the <c>Extraction</c> step outputs whose reason is New or
    /// Modified, from a run with step tracking on (computed once per article count in the host process, untimed).
    /// </summary>
    public sealed class ExtractedColumn : IColumn
    {
        private static readonly ConcurrentDictionary<int, ExtractionCounts> Counts = new ConcurrentDictionary<int, ExtractionCounts>();

        public string Id => nameof(ExtractedColumn);

        public string ColumnName => "Extracted";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Articles extracted by the run (Extraction step outputs New or Modified, counted with step tracking on)";

        public static ExtractionCounts For(int articles) => Counts.GetOrAdd(articles, n => new GeneratorWorkload(n).CountExtractions());

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            if (benchmarkCase.Descriptor.Type != typeof(GeneratorBenchmarks))
            {
                return "-";
            }

            var articles = (int)benchmarkCase.Parameters[nameof(GeneratorBenchmarks.Articles)];
            var counts = For(articles);
            return benchmarkCase.Descriptor.WorkloadMethod.Name switch
            {
                nameof(GeneratorBenchmarks.FullRun) => counts.FullRun.ToString(System.Globalization.CultureInfo.InvariantCulture),
                nameof(GeneratorBenchmarks.OneArticleEdited) => counts.OneArticleEdited.ToString(System.Globalization.CultureInfo.InvariantCulture),
                nameof(GeneratorBenchmarks.UnrelatedFileEdited) => counts.UnrelatedFileEdited.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "?",
            };
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
