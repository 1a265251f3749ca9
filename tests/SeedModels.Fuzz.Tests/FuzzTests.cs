using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SeedModels.Fuzz.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Fuzz.Tests
{
    /// <summary>
    /// README "Hostile input" under fire: hostile article files, in batches, through <c>ArticleReader</c> (bytes and string), the source
    /// generator and the analyzer. For every batch: no exception escapes (no CS8785, no AD0001); the compilation with the
    /// generated sources has zero errors and zero warnings and emits; every file becomes a type or the analyzer names it
    /// (SEED008, or SEED015 if the engine failed on it) and holds at run time what ArticleReader reads; bytes that are
    /// valid UTF-8 text never get SEED008 (<see cref="RealShapeTests"/>); the generated sources are byte-identical across
    /// runs and file orders. Beside the hostile kinds, real-shaped inputs: published articles of <c>../shared/corpora</c>
    /// mutated at test time, and articles of the grammar of reporting shapes. Bounded here; <c>SEEDMODELS_FUZZ_CASES=&lt;n&gt;</c> makes <see cref="Mixed_hostile_inputs"/> a long run
    /// of n inputs (seed from <c>SEEDMODELS_FUZZ_SEED</c>, else a fresh one, printed).
    /// </summary>
    public sealed class FuzzTests
    {
        /// <summary>The bounded suite's seed: fixed, so CI runs the same cases every time.</summary>
        public const int DefaultSeed = 20210106;

        /// <summary>Bounded: inputs of the mixed run (batches of 10–40 files).</summary>
        public const int BoundedMixedInputs = 1200;

        /// <summary>The share of real-shaped inputs (published articles mutated, reporting-grammar articles) in each batch of the long run: at least half.</summary>
        public const double LongRunRealShare = 0.5;

        /// <summary>The same in the bounded run, which keeps most of its short time for the hostile kinds (the per-kind runs add 200 real-shaped inputs).</summary>
        public const double BoundedRealShare = 0.25;

        /// <summary>Bounded: batches per kind, and files per batch, in the per-kind runs.</summary>
        public const int BatchesPerKind = 4;

        public const int FilesPerKindBatch = 25;

        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        private static int? EnvInt(string name) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        /// <summary>A batch's own seed, mixed from the run's seed (SplitMix64: stable across processes, unlike HashCode).</summary>
        internal static int BatchSeed(int seed, int salt, int batch)
        {
            unchecked
            {
                var z = ((ulong)(uint)seed << 32 | (uint)batch) + 0x9E3779B97F4A7C15UL * (ulong)(salt + 1);
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
            }
        }

        private void AssertClean(FuzzCampaign campaign)
        {
            campaign.Report();
            Assert.True(campaign.FailureCount == 0, campaign.Summary());
        }

        [Theory]
        [InlineData(nameof(CaseKind.RandomUnicode))]
        [InlineData(nameof(CaseKind.HostileHeadline))]
        [InlineData(nameof(CaseKind.QuoteStorm))]
        [InlineData(nameof(CaseKind.FrontMatter))]
        [InlineData(nameof(CaseKind.EmptyOrBinary))]
        [InlineData(nameof(CaseKind.Mutation))]
        [InlineData(nameof(CaseKind.Collision))]
        [InlineData(nameof(CaseKind.RealArticle))]
        [InlineData(nameof(CaseKind.ReportingGrammar))]
        public void Each_kind_of_hostile_input(string kindName)
        {
            var kind = Enum.Parse<CaseKind>(kindName);
            var seed = EnvInt("SEEDMODELS_FUZZ_SEED") ?? DefaultSeed;
            var campaign = new FuzzCampaign(_output, kindName + " (seed " + seed + ", " + BatchesPerKind + " batches of " + FilesPerKindBatch + " files)");
            for (var b = 0; b < BatchesPerKind; b++)
            {
                var batchSeed = BatchSeed(seed, (int)kind, b);
                var files = new InputGenerator(batchSeed).Batch(FilesPerKindBatch, new[] { kind }, collisionRate: 0, largeRate: 0, hugeRate: 0);
                campaign.Run(new FuzzBatch(kindName + " seed " + seed + " batch " + b, files), batchSeed);
            }

            AssertClean(campaign);
        }

        /// <summary>
        /// 10 MB on one line, each in a batch of ten files; plus one batch of large files holding more text than the 16 MB heap of
        /// string literals could (once cut to a budget, SEED014): every file is a type holding all its text.
        /// </summary>
        [Fact]
        public void Ten_megabyte_files_and_more_text_than_string_literals_could_hold()
        {
            var seed = EnvInt("SEEDMODELS_FUZZ_SEED") ?? DefaultSeed;
            var campaign = new FuzzCampaign(_output, "10 MB files and budget (seed " + seed + ")");
            for (var b = 0; b < 2; b++)
            {
                var batchSeed = BatchSeed(seed, 100, b);
                var generator = new InputGenerator(batchSeed);
                var files = new List<FuzzFile> { generator.One(CaseKind.Huge) };
                files.AddRange(generator.Batch(9, null, collisionRate: 0, largeRate: 0, hugeRate: 0));
                campaign.Run(new FuzzBatch("10 MB seed " + seed + " batch " + b, files), batchSeed, repeatInSameOrder: false);
            }

            var budgetSeed = BatchSeed(seed, 101, 0);
            var budget = new InputGenerator(budgetSeed);
            var large = Enumerable.Range(0, 9).Select(_ => budget.One(CaseKind.Large)).ToList();
            large.AddRange(budget.Batch(6, null, collisionRate: 0, largeRate: 0, hugeRate: 0));
            var outcome = campaign.Run(new FuzzBatch("large seed " + seed, large), budgetSeed, repeatInSameOrder: false);

            AssertClean(campaign);
            Assert.Equal(large.Count, outcome.Generated + outcome.Unreadable);
        }

        /// <summary>Three hundred files on one identifier: one keeps it, 299 get a suffix and a SEED007, and it all compiles.</summary>
        [Fact]
        public void Hundreds_of_files_on_one_identifier()
        {
            var campaign = new FuzzCampaign(_output, "300 files, one identifier");
            var files = Enumerable.Range(0, 300)
                .Select(i => FuzzFile.FromText(
                    "seeds/riot/" + i.ToString("D3", CultureInfo.InvariantCulture) + ".txt",
                    i % 3 == 0 ? "---\nid: CapitolRiot\n---\nSomething else entirely\n\nBody " + i + ".\n" : "Capitol riot\n\nStory " + i + " has a body.\n"))
                .ToList();
            var outcome = campaign.Run(new FuzzBatch("300 on one identifier", files), shuffleSeed: 3);

            AssertClean(campaign);
            Assert.Equal(300, outcome.Generated);
            Assert.Equal(299, outcome.DiagnosticCounts.GetValueOrDefault("SEED007"));
        }

        /// <summary>
        /// One project of 400 mixed hostile files: from 256 articles on, records share generated files (the generator's
        /// FileGrouping), a path the small batches never reach. Every file still a type or named, all of it compiling.
        /// </summary>
        [Fact]
        public void A_large_project_of_every_kind_of_hostile_input()
        {
            var seed = EnvInt("SEEDMODELS_FUZZ_SEED") ?? DefaultSeed;
            var campaign = new FuzzCampaign(_output, "400 mixed files in one project (seed " + seed + ")");
            var batchSeed = BatchSeed(seed, 99, 0);
            var files = new InputGenerator(batchSeed).Batch(400, null, collisionRate: 0.3, largeRate: 0, hugeRate: 0, realShare: BoundedRealShare);

            var outcome = campaign.Run(new FuzzBatch("400 mixed seed " + seed, files), batchSeed, repeatInSameOrder: false);

            AssertClean(campaign);
            Assert.True(outcome.Generated >= 256, "only " + outcome.Generated + " of the 400 files became types; the grouped files were not reached");
        }

        /// <summary>
        /// Every kind mixed, collision groups now and then, in batches of 10–40 files, a quarter of each batch real-shaped.
        /// Bounded: <see cref="BoundedMixedInputs"/> inputs. Long mode (<c>SEEDMODELS_FUZZ_CASES</c>): batches of 40–80 files,
        /// half of each real-shaped (<see cref="LongRunRealShare"/>), a 100 KB–1.5 MB file in 1 input of 1,000 and a 10 MB one
        /// in 1 of 20,000, the same-order rerun dropped (the shuffled rerun still checks determinism), two batches at a time.
        /// </summary>
        [Fact]
        public void Mixed_hostile_inputs()
        {
            var requested = EnvInt("SEEDMODELS_FUZZ_CASES");
            var longMode = requested != null;
            var seed = EnvInt("SEEDMODELS_FUZZ_SEED") ?? (longMode ? Environment.TickCount & 0x7FFFFFFF : DefaultSeed);
            var target = requested ?? BoundedMixedInputs;
            var (minBatch, maxBatch) = longMode ? (40, 80) : (10, 40);
            var campaign = new FuzzCampaign(_output, (longMode ? "long run" : "bounded run") + " (seed " + seed + ", " + target + " inputs, batches of " + minBatch + "–" + maxBatch + ")",
                shrinkBudget: TimeSpan.FromSeconds(longMode ? 120 : 45));
            campaign.Progress("start: SEEDMODELS_FUZZ_CASES=" + target + " SEEDMODELS_FUZZ_SEED=" + seed);

            // Batches are drawn up front from the seed (batch b from BatchSeed(seed, 0, b)), so the run does not depend on timing.
            var plans = new List<(int Batch, int Seed, int Size)>();
            var planned = 0;
            var sizes = new Random(seed);
            for (var b = 0; planned < target; b++)
            {
                var size = Math.Min(target - planned, sizes.Next(minBatch, maxBatch + 1));
                plans.Add((b, BatchSeed(seed, 0, b), size));
                planned += size;
            }

            // Long mode: two workers on their own threads (the analyzer blocks on async work: the pool gets head room too).
            System.Threading.ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
            System.Threading.ThreadPool.SetMinThreads(Math.Max(minWorkers, 16), minIo);
            var next = -1;
            var done = 0;
            var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            void Work()
            {
                int k;
                while ((k = System.Threading.Interlocked.Increment(ref next)) < plans.Count && errors.IsEmpty)
                {
                    try
                    {
                        var plan = plans[k];
                        var files = new InputGenerator(plan.Seed).Batch(plan.Size, null, collisionRate: 0.3,
                            largeRate: longMode ? 1.0 / 1000 : 1.0 / 500, hugeRate: longMode ? 1.0 / 20000 : 0, realShare: longMode ? LongRunRealShare : BoundedRealShare);
                        campaign.Run(new FuzzBatch("mixed seed " + seed + " batch " + plan.Batch, files), plan.Seed, repeatInSameOrder: !longMode);
                        var n = System.Threading.Interlocked.Increment(ref done);
                        if (n % 50 == 0)
                        {
                            campaign.Progress(n + "/" + plans.Count + " batches: " + campaign.Counts());
                        }
                    }
                    catch (Exception e)
                    {
                        errors.Enqueue(e); // a bug of the fuzz itself (the pipeline catches the product's exceptions)
                    }
                }
            }

            var workers = Enumerable.Range(0, longMode ? 2 : 1).Select(_ => new System.Threading.Thread(Work)).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            if (!errors.IsEmpty)
            {
                throw new AggregateException(errors);
            }

            AssertClean(campaign);
            Assert.True(campaign.RealShaped * 1.0 >= campaign.Inputs * (longMode ? LongRunRealShare : BoundedRealShare),
                "only " + campaign.RealShaped + " of " + campaign.Inputs + " inputs were real-shaped");
        }

        /// <summary>Every failure the fuzzer ever found (tests/SeedModels.Fuzz.Tests/Regressions/*.fuzz), replayed.</summary>
        [Fact]
        public void Saved_regressions()
        {
            var files = RegressionStore.All();
            var campaign = new FuzzCampaign(_output, "regressions (" + files.Count + " files)", saveRegressions: false);
            foreach (var path in files)
            {
                var outcome = campaign.Run(RegressionStore.Load(path), shuffleSeed: 7);
                _output.WriteLine(Path.GetFileName(path) + ": " + (outcome.Failures.Count == 0 ? "passes" : string.Join("; ", outcome.Failures)));
            }

            AssertClean(campaign);
        }

        [Fact]
        public void Compiler_decoding_is_simulated_for_invalid_utf8()
        {
            // Strict UTF-8 fails → the compiler's fallback on this machine, a lenient UTF-8: the bad byte becomes U+FFFD, SEED008.
            var text = CompilerDecoding.Decode(new byte[] { 0x41, 0xE2, 0x80, 0x9C, 0xFF });
            Assert.Equal("A\u201C\uFFFD", text);
            Assert.Equal("A\u201C", CompilerDecoding.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0xE2, 0x80, 0x9C }));
            Assert.Equal("AB", CompilerDecoding.Decode(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00 }));

            var outcome = Pipeline.Run(new FuzzBatch("decoding", new[] { new FuzzFile("seeds/latin1.txt", new byte[] { 0x41, 0xE2, 0x80, 0x9C, 0xFF }) }), 1);
            Assert.Empty(outcome.Failures);
            Assert.Equal(1, outcome.Unreadable);

            // Not UTF-8 and two NULs in a row: the compiler refuses the file (CS2015), the build task and the reader say SEED008.
            CompilerDecoding.Decode(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00 }, out _, out var refused);
            Assert.True(refused);
            var binary = Pipeline.Run(new FuzzBatch("decoding", new[] { new FuzzFile("seeds/archive.txt", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00 }) }), 1);
            Assert.Empty(binary.Failures);
            Assert.Equal(1, binary.Unreadable);
        }
    }
}
