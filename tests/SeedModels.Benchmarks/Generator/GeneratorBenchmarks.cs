using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SeedModels.Benchmarks.Generator
{
    /// <summary>
    /// The generator as the compiler drives it (CSharpGeneratorDriver), on 1,000 and 10,000 synthetic articles. The
    /// baseline is a full run with a fresh driver (a new build); the two edits start from the same warm driver every
    /// time (drivers are immutable), so each measures exactly one incremental run. Step tracking is off while timing,
    /// as in the compiler; the <c>Extracted</c> column counts extractions with tracking on (<see cref="ExtractedColumn"/>).
    /// Goals: one-article edit ≤ 2% of the full run at 10,000 articles (issue 12; issue 6 asked ≤ 5%); an unrelated edit extracts nothing.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(GeneratorConfig))]
    public class GeneratorBenchmarks
    {
        private GeneratorWorkload _workload = null!;
        private GeneratorDriver _warm = null!;

        [Params(1_000, 10_000)]
        public int Articles { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _workload = new GeneratorWorkload(Articles);
            _warm = _workload.CreateDriver().RunGenerators(_workload.Compilation);
        }

        [Benchmark(Baseline = true, Description = "Full run")]
        public GeneratorDriver FullRun() => _workload.CreateDriver().RunGenerators(_workload.Compilation);

        [Benchmark(Description = "One article edited (warm)")]
        public GeneratorDriver OneArticleEdited() =>
            _warm.ReplaceAdditionalText(_workload.EditedOriginal, _workload.EditedReplacement).RunGenerators(_workload.Compilation);

        [Benchmark(Description = "Unrelated C# file edited (warm)")]
        public GeneratorDriver UnrelatedFileEdited() => _warm.RunGenerators(_workload.EditedCompilation);
    }
}
