using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// Makes a failing batch small enough to keep as a regression: drops the files the failure does not need, then cuts
    /// chunks out of the remaining files' bytes, as long as a failure with the same signature remains. Bounded in time.
    /// A file made from the published corpora is shrunk as its <see cref="Recipe"/> (steps left out, then the text cut down
    /// to ranges kept by one more step), so that what is saved is still a recipe and never the publishers' text.
    /// </summary>
    internal static class Shrinker
    {
        public static FuzzBatch Shrink(FuzzBatch batch, Failure target, TimeSpan budget)
        {
            var watch = Stopwatch.StartNew();
            bool StillFails(IReadOnlyList<FuzzFile> files) =>
                files.Count > 0 && Pipeline.Run(new FuzzBatch(batch.Origin, files), shuffleSeed: 1).Failures.Any(f => f.Kind == target.Kind && f.Signature == target.Signature);

            var current = batch.Files.ToList();

            // 1. Files: the failing file alone first, then halves, then one at a time.
            var named = current.FirstOrDefault(f => f.RelativePath == target.File);
            if (named != null && StillFails(new[] { named }))
            {
                current = new List<FuzzFile> { named };
            }
            else
            {
                for (var chunk = current.Count / 2; chunk >= 1 && watch.Elapsed < budget; chunk /= 2)
                {
                    for (var start = 0; start < current.Count && current.Count > 1 && watch.Elapsed < budget;)
                    {
                        var candidate = current.Take(start).Concat(current.Skip(start + chunk)).ToList();
                        if (StillFails(candidate))
                        {
                            current = candidate;
                        }
                        else
                        {
                            start += chunk;
                        }
                    }
                }
            }

            // 2. Content: remove ever smaller chunks from each file (its bytes, or its editor text). Not for a hang: a smaller
            //    input stalls for less time, and the regression must stay well beyond the time limit on a faster machine.
            for (var i = 0; i < current.Count && watch.Elapsed < budget && target.Kind != FailureKind.Hang; i++)
            {
                var index = i;
                if (current[i].Recipe != null)
                {
                    current = With(current, index, ShrinkRecipe(current, index, StillFails, watch, budget));
                }
                else if (current[i].EditorText is { } text)
                {
                    var chars = ShrinkArray(text.ToCharArray(), c => With(current, index, FuzzFile.FromEditor(current[index].RelativePath, new string(c), current[index].IdMetadata)), StillFails, watch, budget);
                    current = With(current, index, FuzzFile.FromEditor(current[index].RelativePath, new string(chars), current[index].IdMetadata));
                }
                else
                {
                    var bytes = ShrinkArray(current[i].Bytes, b => With(current, index, current[index] with { Bytes = b }), StillFails, watch, budget);
                    current = With(current, index, current[index] with { Bytes = bytes });
                }
            }

            return new FuzzBatch(batch.Origin + ", shrunk from " + batch.Files.Count + " files / " + batch.TotalBytes + " bytes", current);
        }

        private static FuzzFile ShrinkRecipe(List<FuzzFile> files, int index, Func<IReadOnlyList<FuzzFile>, bool> stillFails, Stopwatch watch, TimeSpan budget)
        {
            var file = files[index];
            var recipe = file.Recipe! with { Result = null };
            FuzzFile? Made(Recipe r)
            {
                try
                {
                    return FuzzFile.FromRecipe(file.RelativePath, r, file.IdMetadata);
                }
                catch (System.IO.InvalidDataException)
                {
                    return null; // a later step no longer fits the text without the one left out
                }
            }

            // 1. Steps, each left out in turn.
            for (var s = recipe.Steps.Count - 1; s >= 0 && watch.Elapsed < budget; s--)
            {
                var without = s;
                var candidate = recipe with { Steps = recipe.Steps.Where((_, k) => k != without).ToList() };
                if (Made(candidate) is { } made && stillFails(With(files, index, made)))
                {
                    recipe = candidate;
                }
            }

            // 2. The text the steps make, cut down by one more step that keeps ranges of it.
            var length = recipe.Apply().Length;
            Recipe Keeping(int[] kept) => recipe with { Steps = recipe.Steps.Append(new KeepStep("shrunk", Ranges(kept))).ToList() };
            var keep = ShrinkArray(Enumerable.Range(0, length).ToArray(), k => With(files, index, FuzzFile.FromRecipe(file.RelativePath, Keeping(k), file.IdMetadata)), stillFails, watch, budget);
            if (keep.Length < length)
            {
                recipe = Keeping(keep);
            }

            return FuzzFile.FromRecipe(file.RelativePath, recipe.WithResult(), file.IdMetadata);
        }

        /// <summary>Ascending offsets as [start, end) ranges of consecutive ones.</summary>
        private static List<(int Start, int End)> Ranges(int[] offsets)
        {
            var ranges = new List<(int, int)>();
            for (var i = 0; i < offsets.Length;)
            {
                var j = i + 1;
                while (j < offsets.Length && offsets[j] == offsets[j - 1] + 1)
                {
                    j++;
                }

                ranges.Add((offsets[i], offsets[j - 1] + 1));
                i = j;
            }

            return ranges;
        }

        private static List<FuzzFile> With(List<FuzzFile> files, int index, FuzzFile file)
        {
            var copy = files.ToList();
            copy[index] = file;
            return copy;
        }

        /// <summary>Cuts halves, quarters, … out of <paramref name="data"/> while the batch made of it still fails.</summary>
        private static T[] ShrinkArray<T>(T[] data, Func<T[], List<FuzzFile>> batchOf, Func<IReadOnlyList<FuzzFile>, bool> stillFails, Stopwatch watch, TimeSpan budget)
        {
            for (var chunk = Math.Max(1, data.Length / 2); watch.Elapsed < budget; chunk /= 2)
            {
                for (var start = 0; start < data.Length && watch.Elapsed < budget;)
                {
                    var removed = Math.Min(chunk, data.Length - start);
                    var candidate = new T[data.Length - removed];
                    Array.Copy(data, 0, candidate, 0, start);
                    Array.Copy(data, start + removed, candidate, start, data.Length - start - removed);
                    if (stillFails(batchOf(candidate)))
                    {
                        data = candidate;
                    }
                    else
                    {
                        start += chunk;
                    }
                }

                if (chunk <= 1)
                {
                    break;
                }
            }

            return data;
        }
    }
}
