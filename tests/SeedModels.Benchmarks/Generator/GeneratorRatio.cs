using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedModels.Benchmarks.Generator
{
    /// <summary>
    /// <c>--generator-ratio [COUNT] [ROUNDS]</c>: the one-article edit and the unrelated edit as a share of a full run, measured
    /// interleaved in rounds (a full run, then edits from the same warm driver), so load from other work on the machine falls
    /// on both alike. Prints each round and the medians and minimums of the per-operation times, and the bytes each allocates.
    /// A quick check beside the BenchmarkDotNet run of <see cref="GeneratorBenchmarks"/>, not a replacement for it.
    /// </summary>
    public static class GeneratorRatio
    {
        private const int EditsPerRound = 30;

        public static int Run(int articles, int rounds)
        {
            var workload = new GeneratorWorkload(articles);
            var warm = workload.CreateDriver().RunGenerators(workload.Compilation);
            GeneratorDriver Full() => workload.CreateDriver().RunGenerators(workload.Compilation);
            GeneratorDriver Edit() => warm.ReplaceAdditionalText(workload.EditedOriginal, workload.EditedReplacement).RunGenerators(workload.Compilation);
            GeneratorDriver Unrelated() => warm.RunGenerators(workload.EditedCompilation);

            // Warm-up: JIT and caches.
            Full();
            for (var i = 0; i < 5; i++)
            {
                Edit();
                Unrelated();
            }

            var full = new List<double>();
            var edit = new List<double>();
            var unrelated = new List<double>();
            long fullBytes = 0, editBytes = 0, unrelatedBytes = 0;
            for (var round = 1; round <= rounds; round++)
            {
                var (f, fb) = Time(Full);
                full.Add(f);
                fullBytes = fb;
                var edits = new List<double>();
                var others = new List<double>();
                for (var i = 0; i < EditsPerRound; i++)
                {
                    var (e, eb) = Time(Edit);
                    edits.Add(e);
                    editBytes = eb;
                    var (u, ub) = Time(Unrelated);
                    others.Add(u);
                    unrelatedBytes = ub;
                }

                edit.AddRange(edits);
                unrelated.AddRange(others);
                Console.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} articles, round {1}: full run {2:F1} ms; one article edited median {3:F2} ms ({4:P2}); unrelated edit median {5:F2} ms ({6:P2})",
                    articles, round, f, Median(edits), Median(edits) / f, Median(others), Median(others) / f));
            }

            Console.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} articles, {1} rounds: full run median {2:F1} ms (min {3:F1}), {4:N0} bytes; one article edited median {5:F2} ms (min {6:F2}), {7:N0} bytes: " +
                "{8:P2} of the full run's median time (min/min {9:P2}), {10:P2} of its allocations; unrelated edit median {11:F2} ms ({12:P2}), {13:N0} bytes",
                articles, rounds, Median(full), full.Min(), fullBytes, Median(edit), edit.Min(), editBytes,
                Median(edit) / Median(full), edit.Min() / full.Min(), (double)editBytes / fullBytes, Median(unrelated), Median(unrelated) / Median(full), unrelatedBytes));
            return 0;
        }

        private static (double Milliseconds, long Bytes) Time(Func<GeneratorDriver> run)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(run());
            watch.Stop();
            return (watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - bytes);
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
