using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using SeedModels.Benchmarks.Corpus;
using SeedModels.Testing;

namespace SeedModels.Benchmarks.Build
{
    /// <summary>
    /// The compile cost of the generated code: a console consumer of the packed SeedModels package with 1,000 and with
    /// 10,000 synthetic articles, built with <c>dotnet build</c>, beside the same consumer without the generator's input
    /// (<c>EnableDefaultSeedArticleItems=false</c>: the same files on disk and the same package, but no article is
    /// marked, so nothing is extracted or generated). Each build is timed with a stopwatch around the process, after a
    /// warm-up build of every consumer; builds are interleaved (1k, 1k without, 10k, 10k without, then again) so drift
    /// in the machine's load touches every variant alike; the medians are compared.
    /// </summary>
    /// <remarks>
    /// The package is packed once, at the start, from the working tree into a temporary feed under a version no other
    /// run uses, and restored into a packages folder of its own, so the consumers see one fixed build of the generator
    /// however the repository changes meanwhile and NuGet's global cache is not touched. Before each timed build the
    /// consumer's bin/ and obj/Release/ are deleted (obj/project.assets.json stays: <c>--no-restore</c>), so every timed
    /// build compiles. MSBuild node reuse is off; the compiler server (VBCSCompiler) is used, as in any dev build.
    /// </remarks>
    public static class BuildBenchmark
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

        public static int Run(string[] args)
        {
            var runs = 3;
            var counts = new[] { 1_000, 10_000 };
            var keep = false;
            var breakdown = true;
            var realLength = false;
            var baseline = true;
            var quoteStorm = 0;
            long? heapLimitMb = null;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--runs":
                        runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--counts":
                        counts = args[++i].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
                        break;
                    case "--keep":
                        keep = true;
                        break;
                    case "--no-breakdown":
                        breakdown = false;
                        break;
                    case "--real-length":
                        realLength = true;
                        break;
                    case "--no-baseline":
                        baseline = false;
                        break;
                    case "--quote-storm":
                        quoteStorm = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--csc-heap-limit-mb":
                        heapLimitMb = long.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    default:
                        Console.Error.WriteLine("usage: --build-benchmark [--runs N] [--counts 1000,10000] [--keep] [--no-breakdown] [--real-length] [--no-baseline] [--quote-storm N] [--csc-heap-limit-mb M]");
                        return 2;
                }
            }

            var repo = RepoRoot.Path;
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            var work = Path.Combine(Path.GetTempPath(), "seedmodels-buildbench-" + stamp + "-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            var feed = Path.Combine(work, "feed");
            var packages = Path.Combine(work, "packages");
            var version = "0.0.0-bench.r" + stamp;
            Directory.CreateDirectory(feed);
            Console.WriteLine($"work folder: {work}");
            try
            {
                var pack = Dotnet(repo, "pack", Path.Combine(repo, "src", "SeedModels", "SeedModels.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-tl:off", "-nodeReuse:false");
                if (pack.ExitCode != 0)
                {
                    Console.Error.WriteLine("dotnet pack failed:\n" + pack.Output);
                    return 1;
                }

                Console.WriteLine($"packed SeedModels {version} in {pack.Elapsed.TotalSeconds:F1} s");
                var corpus = new SyntheticCorpus(realLength: realLength);
                Console.WriteLine(realLength ? "real-length articles (3-6 KB)" : "short articles (400-700 characters)");
                var consumers = new List<Consumer>();
                if (quoteStorm > 0)
                {
                    // Issue 9's repro 4: one single-line article of N short quotations, alone in its consumer.
                    var storm = new Consumer(Path.Combine(work, "consumer-quote-storm"), 1, generated: true) { QuoteStorm = quoteStorm, HeapLimitMb = heapLimitMb };
                    storm.Create(corpus, feed, packages, version);
                    var restore = Dotnet(storm.Directory, "restore", "-tl:off", "-nodeReuse:false");
                    if (restore.ExitCode != 0)
                    {
                        Console.Error.WriteLine("restore of the quote storm failed:\n" + restore.Output);
                        return 1;
                    }

                    var build = storm.Build(emitGeneratedFiles: false);
                    Console.WriteLine($"quote storm ({quoteStorm:N0} quotations, {storm.ArticleBytes / (1024.0 * 1024.0):F1} MB on one line" +
                                      (heapLimitMb is { } limit ? $", csc GC heap limited to {limit:N0} MB" : string.Empty) +
                                      $"): {build.Elapsed.TotalSeconds:F1} s, csc peak {CompilerMemory.Describe(storm.LastPeak)}, exit {build.ExitCode}, {Warnings(build.Output)}");
                    if (build.ExitCode != 0)
                    {
                        Console.WriteLine(string.Join("\n", build.Output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("OutOfMemory", StringComparison.Ordinal)).Take(10)));
                        return 1;
                    }

                    var stormRun = Dotnet(storm.Directory, Path.Combine(storm.Directory, "bin", "Release", "net10.0", "Consumer.dll"));
                    Console.WriteLine("  run: " + string.Join("; ", stormRun.StandardOutput.Trim().Split('\n').Select(l => l.Trim())));
                    return stormRun.ExitCode;
                }

                foreach (var count in counts)
                {
                    foreach (var generated in baseline ? new[] { true, false } : new[] { true })
                    {
                        var consumer = new Consumer(Path.Combine(work, "consumer-" + count.ToString(CultureInfo.InvariantCulture) + (generated ? "-generated" : "-without")), count, generated) { HeapLimitMb = heapLimitMb };
                        consumer.Create(corpus, feed, packages, version);
                        var restore = Dotnet(consumer.Directory, "restore", "-tl:off", "-nodeReuse:false");
                        if (restore.ExitCode != 0)
                        {
                            Console.Error.WriteLine($"restore of {consumer.Name} failed:\n" + restore.Output);
                            return 1;
                        }

                        consumers.Add(consumer);
                    }
                }

                // Warm-up: one build of each, untimed, which also checks the build: success, the article count at run time,
                // no SEED014 (nothing cut to fit the embedding budget), and the generated files for the method-size check.
                foreach (var consumer in consumers)
                {
                    var build = consumer.Build(emitGeneratedFiles: consumer.Generated);
                    Console.WriteLine($"warm-up {consumer.Name}: {build.Elapsed.TotalSeconds:F1} s, csc peak {CompilerMemory.Describe(consumer.LastPeak)}, exit {build.ExitCode}, {Warnings(build.Output)}");
                    if (build.ExitCode != 0)
                    {
                        Console.Error.WriteLine(build.Output);
                        return 1;
                    }

                    if (consumer.Generated)
                    {
                        var files = Directory.Exists(consumer.GeneratedFolder) ? Directory.GetFiles(consumer.GeneratedFolder, "*.cs", SearchOption.AllDirectories) : Array.Empty<string>();
                        Console.WriteLine($"  generated source: {files.Length} files, {files.Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0):F1} MB; article files {consumer.ArticleBytes / (1024.0 * 1024.0):F1} MB");
                    }

                    // The consumer checks itself: every article in All, each equal field by field to ArticleReader.Parse of its file.
                    var run = Dotnet(consumer.Directory, Path.Combine(consumer.Directory, "bin", "Release", "net10.0", "Consumer.dll"));
                    var expected = consumer.Generated ? consumer.Count : 0;
                    var printed = run.StandardOutput.Trim().Split('\n');
                    Console.WriteLine("  run: " + string.Join("; ", printed.Select(l => l.Trim())));
                    if (run.ExitCode != 0 || printed[0].Trim() != "articles " + expected.ToString(CultureInfo.InvariantCulture))
                    {
                        Console.Error.WriteLine($"{consumer.Name} printed '{run.StandardOutput.Trim()}' (exit {run.ExitCode}), expected {expected} articles in SeedArticles.All");
                        return 1;
                    }

                    if (build.Output.Contains("SEED014", StringComparison.Ordinal))
                    {
                        Console.WriteLine($"  NOTE: {consumer.Name} reports SEED014: articles were cut to fit the embedding budget");
                    }
                }

                ReportMethodSizes(consumers.Where(c => c.Generated).ToList());
                if (breakdown)
                {
                    foreach (var consumer in consumers.Where(c => c.Generated))
                    {
                        ReportAnalyzerTimes(consumer);
                    }
                }

                for (var r = 0; r < runs; r++)
                {
                    foreach (var consumer in consumers)
                    {
                        var build = consumer.Build(emitGeneratedFiles: false);
                        if (build.ExitCode != 0)
                        {
                            Console.Error.WriteLine($"{consumer.Name} failed:\n" + build.Output);
                            return 1;
                        }

                        consumer.Times.Add(build.Elapsed.TotalSeconds);
                        consumer.Peaks.Add(consumer.LastPeak);
                        Console.WriteLine($"run {r + 1}/{runs} {consumer.Name}: {build.Elapsed.TotalSeconds:F2} s, csc peak {CompilerMemory.Describe(consumer.LastPeak)}");
                    }
                }

                if (runs > 0)
                {
                    Report(consumers, runs);
                }

                return 0;
            }
            finally
            {
                if (!keep)
                {
                    TryDelete(work);
                }
                else
                {
                    Console.WriteLine($"kept {work}");
                }
            }
        }

        private static void Report(List<Consumer> consumers, int runs)
        {
            Console.WriteLine();
            Console.WriteLine($"dotnet build -c Release --no-restore, median of {runs} timed runs after one warm-up (seconds)");
            Console.WriteLine("| articles | csc peak (median) | with generator | runs with |");
            Console.WriteLine("| ---: | ---: | ---: | --- |");
            foreach (var with in consumers.Where(c => c.Generated))
            {
                var peaks = with.Peaks.OrderBy(p => p).ToList();
                Console.WriteLine($"| {with.Count:N0} | {CompilerMemory.Describe(peaks[peaks.Count / 2])} | {Median(with.Times):F2} | {Join(with.Times)} |");
            }

            if (!consumers.Any(c => !c.Generated))
            {
                return;
            }

            Console.WriteLine("| articles | without generator | with generator | generator cost | runs without | runs with |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | --- | --- |");
            var costs = new List<(int Count, double Cost, double With)>();
            foreach (var group in consumers.GroupBy(c => c.Count))
            {
                var with = group.Single(c => c.Generated);
                var without = group.Single(c => !c.Generated);
                var cost = Median(with.Times) - Median(without.Times);
                costs.Add((group.Key, cost, Median(with.Times)));
                Console.WriteLine($"| {group.Key:N0} | {Median(without.Times):F2} | {Median(with.Times):F2} | {cost:F2} | {Join(without.Times)} | {Join(with.Times)} |");
            }

            for (var i = 1; i < costs.Count; i++)
            {
                var (small, large) = (costs[i - 1], costs[i]);
                Console.WriteLine($"generator cost {large.Count:N0} / {small.Count:N0} articles: {large.Cost / small.Cost:F2} " +
                                  $"(articles x{large.Count / (double)small.Count:F0}; goal <= 12 for 10x); whole build with generator: {large.With / small.With:F2}");
            }
        }

        /// <summary>The biggest generated members of each build, by syntax-node count, from the files the warm-up emitted.</summary>
        private static void ReportMethodSizes(List<Consumer> generated)
        {
            var sizes = new List<(Consumer Consumer, MethodSizes Sizes)>();
            foreach (var consumer in generated)
            {
                var folder = consumer.GeneratedFolder;
                var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories) : Array.Empty<string>();
                var measured = MethodSizes.Measure(files.Select(File.ReadAllText));
                sizes.Add((consumer, measured));
                Console.WriteLine($"generated code of {consumer.Name}: {files.Length} files, {measured.Members} members; largest: {measured.Largest.Key} = {measured.Largest.Nodes} nodes");
                foreach (var (key, nodes) in measured.SharedMembers())
                {
                    Console.WriteLine($"    {key}: {nodes} nodes");
                }
            }

            for (var i = 1; i < sizes.Count; i++)
            {
                var grown = MethodSizes.Grown(sizes[i - 1].Sizes, sizes[i].Sizes);
                Console.WriteLine(grown.Count == 0
                    ? $"no generated member of {sizes[i - 1].Consumer.Name} is larger in {sizes[i].Consumer.Name} (catalog and link members by name; article members over the articles both builds hold)"
                    : $"GROWN from {sizes[i - 1].Consumer.Name} to {sizes[i].Consumer.Name}: " + string.Join("; ", grown.Take(10)));
            }
        }

        /// <summary>
        /// One more build, untimed, with the compiler's own report (<c>-p:ReportAnalyzer=true</c>, detailed verbosity):
        /// how long the generators and the analyzers took inside csc, so the rest of the generator's cost is compiling.
        /// </summary>
        private static void ReportAnalyzerTimes(Consumer consumer)
        {
            var build = consumer.Build(emitGeneratedFiles: false, "-v:d", "-p:ReportAnalyzer=true");
            Console.WriteLine($"compiler's report for {consumer.Name} (one more build, {build.Elapsed.TotalSeconds:F1} s, untimed; times of 0.1 s or more):");
            foreach (var line in build.StandardOutput.Split('\n').Select(l => l.Trim()))
            {
                if (line.StartsWith("Total analyzer execution time", StringComparison.Ordinal) || line.StartsWith("Total generator execution time", StringComparison.Ordinal))
                {
                    Console.WriteLine("    " + line);
                    continue;
                }

                var m = Regex.Match(line, @"^(\d+\.\d+)\s+(\d+|<1)\s+(.+)$");
                if (m.Success && double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= 0.1)
                {
                    var name = m.Groups[3].Value;
                    Console.WriteLine($"      {m.Groups[1].Value,7} s {m.Groups[2].Value,3}%  {(name.Length > 110 ? name.Substring(0, 110) + "…" : name)}");
                }
            }
        }

        private static string Warnings(string output)
        {
            var ids = Regex.Matches(output, @"warning (\w+\d+)").Select(m => m.Groups[1].Value).ToList();
            return ids.Count == 0 ? "no warnings" : ids.Count + " warning lines (" + string.Join(", ", ids.GroupBy(i => i).Select(g => g.Key + " x" + g.Count())) + ")";
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }

        private static string Join(List<double> values) => string.Join(", ", values.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)));

        private sealed class Consumer
        {
            public Consumer(string directory, int count, bool generated)
            {
                Directory = directory;
                Count = count;
                Generated = generated;
            }

            public string Directory { get; }

            public int Count { get; }

            public bool Generated { get; }

            public List<double> Times { get; } = new List<double>();

            /// <summary>The csc peak of each timed build, in bytes.</summary>
            public List<long> Peaks { get; } = new List<long>();

            /// <summary>The csc peak of the last build, in bytes.</summary>
            public long LastPeak { get; private set; }

            /// <summary>When set, the consumer's one article is this many short quotations on one line.</summary>
            public int QuoteStorm { get; init; }

            /// <summary>When set, the GC heap limit (DOTNET_GCHeapHardLimit) of the build's processes, csc included.</summary>
            public long? HeapLimitMb { get; init; }

            /// <summary>The article files' total size.</summary>
            public long ArticleBytes { get; private set; }

            /// <summary>Where the warm-up build writes the generated files: outside the project, so no later build compiles them as sources.</summary>
            public string GeneratedFolder => Directory + "-generated-files";

            public string Name => Count.ToString("N0", CultureInfo.InvariantCulture) + (Generated ? " articles, generator" : " articles, no generator");

            public void Create(SyntheticCorpus corpus, string feed, string packages, string version)
            {
                System.IO.Directory.CreateDirectory(Directory);

                // Empty files stop MSBuild's upward search: nothing is inherited from the folders above.
                Write("Directory.Build.props", "<Project />\n");
                Write("Directory.Build.targets", "<Project />\n");
                Write("Directory.Packages.props", "<Project />\n");
                Write("nuget.config", $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <packageSources>
                        <clear />
                        <add key="seedmodels-bench" value="{SecurityElement.Escape(feed)}" />
                      </packageSources>
                    </configuration>

                    """);
                var switches = Generated
                    ? "<DefineConstants>$(DefineConstants);SEEDMODELS_GENERATED</DefineConstants>"
                    : "<EnableDefaultSeedArticleItems>false</EnableDefaultSeedArticleItems>";
                Write("Consumer.csproj", $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <AssemblyName>Consumer</AssemblyName>
                        <RootNamespace>Consumer</RootNamespace>
                        <Nullable>enable</Nullable>
                        <ImplicitUsings>disable</ImplicitUsings>
                        <GenerateDocumentationFile>true</GenerateDocumentationFile>
                        <InvariantGlobalization>true</InvariantGlobalization>
                        <RestorePackagesPath>{SecurityElement.Escape(packages)}</RestorePackagesPath>
                        {switches}
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="SeedModels" Version="{version}" />
                      </ItemGroup>
                    </Project>

                    """);
                Write("Program.cs", """
                    #if SEEDMODELS_GENERATED
                    using System;
                    using System.Diagnostics;
                    using System.IO;
                    using System.Linq;
                    using System.Reflection;
                    using SeedModels;

                    // Run-time cost: one article first (its type's initializer decodes it), then All (every article), and the
                    // memory they hold; then every article checked against ArticleReader.Parse of its file, field by field.
                    var before = GC.GetTotalMemory(forceFullCollection: true);
                    var first = typeof(Consumer.Seeds.SeedArticles).GetProperties(BindingFlags.Public | BindingFlags.Static).First(p => p.Name != "All");
                    var watch = Stopwatch.StartNew();
                    var one = (Article)first.GetValue(null)!;
                    var firstAccess = watch.Elapsed.TotalMilliseconds;
                    watch.Restart();
                    var all = Consumer.Seeds.SeedArticles.All;
                    var allAccess = watch.Elapsed.TotalMilliseconds;
                    var held = GC.GetTotalMemory(forceFullCollection: true) - before;
                    var mismatches = 0;
                    string? firstMismatch = null;
                    foreach (var a in all)
                    {
                        Article? read;
                        try
                        {
                            read = ArticleReader.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", a.SourceFile)), a.SourceFile).Article;
                        }
                        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                        {
                            read = null; // a source path cut by an embedding budget names no file
                        }

                        if (!(read != null && a.Id == read.Id && a.Headline == read.Headline && a.Standfirst == read.Standfirst && Equals(a.Byline, read.Byline) &&
                              Equals(a.Dateline, read.Dateline) && Equals(a.Quotes, read.Quotes) && Equals(a.ImageCaptions, read.ImageCaptions) &&
                              Equals(a.Crossheads, read.Crossheads) && Equals(a.Paragraphs, read.Paragraphs) && a.Source == read.Source && a.Url == read.Url &&
                              Equals(a.Tags, read.Tags) && a.SourceFile == read.SourceFile))
                        {
                            mismatches++;
                            firstMismatch ??= a.SourceFile;
                        }
                    }

                    Console.WriteLine("articles " + all.Count);
                    Console.WriteLine("differ from ArticleReader.Parse " + mismatches + (firstMismatch == null ? "" : " (first: " + firstMismatch + ")"));
                    Console.WriteLine("first access " + firstAccess.ToString("F2") + " ms (" + one.Paragraphs.Count + " paragraphs)");
                    Console.WriteLine("All " + allAccess.ToString("F1") + " ms");
                    Console.WriteLine("held after touching all " + (held / (1024.0 * 1024.0)).ToString("F1") + " MB");
                    #else
                    System.Console.WriteLine("articles 0");
                    #endif

                    """);
                if (QuoteStorm > 0)
                {
                    System.IO.Directory.CreateDirectory(Path.Combine(Directory, "seeds"));
                    File.WriteAllText(Path.Combine(Directory, "seeds", "quote-storm.txt"), string.Concat(Enumerable.Repeat("word \u201Cquoted\u201D ", QuoteStorm)), new UTF8Encoding(false));
                }
                else
                {
                    corpus.Write(Path.Combine(Directory, "seeds"), Count);
                }

                ArticleBytes = System.IO.Directory.GetFiles(Path.Combine(Directory, "seeds")).Sum(f => new FileInfo(f).Length);
            }

            /// <summary>A full compile: bin/ and obj/Release/ go first, the restore's obj/project.assets.json stays.</summary>
            public CommandResult Build(bool emitGeneratedFiles, params string[] extra)
            {
                TryDelete(Path.Combine(Directory, "bin"));
                TryDelete(Path.Combine(Directory, "obj", "Release"));
                // csc as a process of its own (not in the shared compiler server), so its peak memory is its own and measurable.
                var args = new List<string> { "build", "-c", "Release", "--no-restore", "-nodeReuse:false", "-tl:off", "-v:q", "-p:UseSharedCompilation=false" };
                if (emitGeneratedFiles)
                {
                    TryDelete(GeneratedFolder);
                    args.Add("-p:EmitCompilerGeneratedFiles=true");
                    args.Add("-p:CompilerGeneratedFilesOutputPath=" + GeneratedFolder);
                }

                args.AddRange(extra);
                using var memory = new CompilerMemory(Directory);
                var environment = HeapLimitMb is { } mb ? new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + (mb * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture) } : null;
                var result = DotnetCli.Run(Directory, Timeout, environment, args.ToArray());
                memory.Dispose();
                LastPeak = memory.PeakBytes;
                return result;
            }

            private void Write(string name, string text) => File.WriteAllText(Path.Combine(Directory, name), text, new UTF8Encoding(false));
        }

        /// <summary>Runs <c>dotnet args…</c>; the time is the process's, start to exit (a compiler server it leaves running is not waited for).</summary>
        private static CommandResult Dotnet(string workingDirectory, params string[] args) => DotnetCli.Run(workingDirectory, Timeout, null, args);

        private static void TryDelete(string path)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }
}
