using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SeedModels.Benchmarks.Build;
using SeedModels.Benchmarks.Corpus;
using SeedModels.Benchmarks.Extraction;
using SeedModels.Benchmarks.Generator;

namespace SeedModels.Benchmarks
{
    /// <summary>
    /// The benchmark program. With BenchmarkDotNet arguments (<c>--filter '*'</c>, <c>--list flat</c>, …) it runs the
    /// in-memory benchmarks; the other modes are:
    /// <list type="bullet">
    /// <item><c>--write-corpus DIR COUNT [SEED] [--real-length]</c>: writes COUNT synthetic articles to DIR.</item>
    /// <item><c>--corpus-stats [COUNT] [--real-length]</c>: sizes of the synthetic articles and what the engine finds in them.</item>
    /// <item><c>--generator-counts [COUNT…]</c>: articles extracted by a full run, a one-article edit and an unrelated edit.</item>
    /// <item><c>--generator-ratio [COUNT] [ROUNDS]</c>: the one-article and unrelated edits as a share of a full run, interleaved in rounds.</item>
    /// <item><c>--profile-extraction [COUNT]</c>: where extraction's time goes, pass by pass.</item>
    /// <item><c>--build-benchmark [--runs N] [--counts A,B] [--keep] [--real-length] [--no-baseline] [--quote-storm N] [--csc-heap-limit-mb M]</c>:
    /// <c>dotnet build</c> of a consumer with and without the generator, with csc's peak memory.</item>
    /// </list>
    /// </summary>
    public static class Program
    {
        /// <summary>The results go beside this project (BenchmarkDotNet.Artifacts/, git-ignored), whatever the current folder; <c>--artifacts</c> overrides it.</summary>
        private static string ArtifactsPath()
        {
            for (var directory = new System.IO.DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "SeedModels.Benchmarks.csproj")))
                {
                    return System.IO.Path.Combine(directory.FullName, "BenchmarkDotNet.Artifacts");
                }
            }

            return System.IO.Path.Combine(Environment.CurrentDirectory, "BenchmarkDotNet.Artifacts");
        }

        public static int Main(string[] args)
        {
            var mode = args.Length > 0 ? args[0] : string.Empty;
            switch (mode)
            {
                case "--write-corpus":
                    if (args.Length < 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                    {
                        Console.Error.WriteLine("usage: --write-corpus DIR COUNT [SEED]");
                        return 2;
                    }

                    var seed = args.Length > 3 && args[3] != "--real-length" ? int.Parse(args[3], CultureInfo.InvariantCulture) : SyntheticCorpus.DefaultSeed;
                    new SyntheticCorpus(seed, realLength: args.Contains("--real-length")).Write(args[1], count);
                    Console.WriteLine($"wrote {count} articles (seed {seed}) to {args[1]}");
                    return 0;

                case "--corpus-stats":
                    CorpusStats.Print(args.Length > 1 && args[1] != "--real-length" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Contains("--real-length"));
                    return 0;

                case "--generator-counts":
                    foreach (var n in args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : new[] { 1_000, 10_000 })
                    {
                        Console.WriteLine(new GeneratorWorkload(n).CountExtractions());
                    }

                    return 0;

                case "--generator-ratio":
                    return GeneratorRatio.Run(
                        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
                        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5);

                case "--profile-extraction":
                    return ExtractionProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : ExtractionBenchmarks.Articles);

                case "--build-benchmark":
                    return BuildBenchmark.Run(args.Skip(1).ToArray());

                default:
                    // One short job for every benchmark, so '--filter *' stays well inside 20 minutes on two cores; each
                    // benchmark sits beside its baseline in the same run, so the ratio holds even when the machine is busy.
                    var job = Job.Default
                        .WithRuntime(CoreRuntime.Core10_0)
                        .WithLaunchCount(1)
                        .WithWarmupCount(3)
                        .WithIterationCount(15)
                        .WithId("Short");
                    var config = DefaultConfig.Instance.AddJob(job.AsDefault()).WithArtifactsPath(ArtifactsPath());
                    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
                    return 0;
            }
        }
    }
}
