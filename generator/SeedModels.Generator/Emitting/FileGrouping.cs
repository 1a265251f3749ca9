using System.Collections.Generic;
using System.Globalization;
using SeedModels.Extraction;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Emitting
{
    /// <summary>
    /// Puts the planned articles into generated files. A small project gets one file per article. A large one gets
    /// files of several articles, because the compiler checks each added file's hint name against every file added
    /// before it: with 10,000 files, every run (even one after an unrelated keystroke) pays about 50 million name
    /// comparisons. File boundaries are chosen by a hash of the article's path, not by position, so adding or
    /// removing an article changes the file it falls in and leaves the others (and their cached output) alone.
    /// </summary>
    internal static class FileGrouping
    {
        /// <summary>Up to this many articles, one file each (and the file count stays below this many times two).</summary>
        public const int FilesBeforeGrouping = 256;

        /// <summary>
        /// How many times the target a file may hold before it is cut regardless of the hashes (an unlucky run of paths
        /// would otherwise make one large file; inside such a run an added article moves the cuts up to the next boundary).
        /// </summary>
        public const int MaxTimesTarget = 4;

        /// <summary>One planned article: its position among the collected articles, its path, the hint name of its own file and its names in the chain.</summary>
        public readonly struct Item
        {
            public Item(int position, string sourceFile, string hintName, string typeName, string nextTypeName)
            {
                Position = position;
                SourceFile = sourceFile;
                HintName = hintName;
                TypeName = typeName;
                NextTypeName = nextTypeName;
            }

            public int Position { get; }

            public string SourceFile { get; }

            public string HintName { get; }

            public string TypeName { get; }

            public string NextTypeName { get; }
        }

        /// <summary>The files for <paramref name="articles"/>, which stand in catalog order.</summary>
        public static EquatableArray<FileLayout> Group(IReadOnlyList<Item> articles, GeneratorOptions options)
        {
            var target = ArticlesPerFile(articles.Count);
            var files = new List<FileLayout>(articles.Count / target + 1);
            var names = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { CatalogPlan.CatalogHintName(options) };
            var start = 0;
            for (var i = 1; i <= articles.Count; i++)
            {
                if (i == articles.Count || i - start >= target * MaxTimesTarget || StartsFile(articles[i].SourceFile, target))
                {
                    files.Add(Close(articles, start, i, names, options));
                    start = i;
                }
            }

            return EquatableArray<FileLayout>.From(files);
        }

        /// <summary>
        /// 1 below <see cref="FilesBeforeGrouping"/> articles, then the power of two that keeps the file count between
        /// <see cref="FilesBeforeGrouping"/>/2 and <see cref="FilesBeforeGrouping"/>. A power of two, so the target (and
        /// with it every boundary) moves only when the article count doubles.
        /// </summary>
        public static int ArticlesPerFile(int articleCount)
        {
            var target = 1;
            while (articleCount / (target * 2) >= FilesBeforeGrouping / 2)
            {
                target *= 2;
            }

            return target;
        }

        /// <summary>Whether an article opens a new file: on average one in <paramref name="target"/> does.</summary>
        public static bool StartsFile(string sourceFile, int target) => target == 1 || StableHash(sourceFile) % (uint)target == 0;

        /// <summary>FNV-1a over the path's UTF-16 units: the same on every machine and run (string.GetHashCode is not).</summary>
        public static uint StableHash(string s)
        {
            var hash = 2166136261u;
            foreach (var c in s)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }

        /// <summary>A file of one article keeps the article's own name; a file of several says how many more it holds.</summary>
        private static FileLayout Close(IReadOnlyList<Item> articles, int start, int end, HashSet<string> taken, GeneratorOptions options)
        {
            var first = articles[start].HintName;
            var stem = first.Substring(0, first.Length - ".g.cs".Length);
            if (end - start > 1)
            {
                stem += ".and-" + (end - start - 1).ToString(CultureInfo.InvariantCulture) + "-more";
            }

            var positions = new int[end - start];
            var sourceFiles = new string[end - start];
            var typeNames = new string[end - start];
            var nextTypeNames = new string[end - start];
            for (var i = start; i < end; i++)
            {
                positions[i - start] = articles[i].Position;
                sourceFiles[i - start] = articles[i].SourceFile;
                typeNames[i - start] = articles[i].TypeName;
                nextTypeNames[i - start] = articles[i].NextTypeName;
            }

            var plan = new FilePlan(CatalogPlan.UniqueHintName(stem, taken), new EquatableArray<string>(typeNames), new EquatableArray<string>(nextTypeNames), options);
            return new FileLayout(plan, new EquatableArray<int>(positions), new EquatableArray<string>(sourceFiles));
        }
    }
}
