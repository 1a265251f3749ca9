using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SeedModels.Testing;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>The repository's real articles: <c>seeds/</c> and <c>tests/SeedModels.Tests/TestData/**/*.txt</c>.</summary>
    internal static class Corpus
    {
        private static readonly Lazy<IReadOnlyList<byte[]>> Files = new Lazy<IReadOnlyList<byte[]>>(Load);

        public static IReadOnlyList<byte[]> All => Files.Value;

        public static byte[] Pick(Random r) => All[r.Next(All.Count)];

        public static string PickText(Random r) => Encoding.UTF8.GetString(Pick(r));

        private static IReadOnlyList<byte[]> Load()
        {
            var folders = new[] { RepoRoot.Combine("seeds"), RepoRoot.Combine("tests", "SeedModels.Tests", "TestData") };
            var files = folders
                .Where(Directory.Exists)
                .SelectMany(f => Directory.GetFiles(f, "*.txt", SearchOption.AllDirectories))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(File.ReadAllBytes)
                .ToList();
            if (files.Count == 0)
            {
                throw new InvalidOperationException("No articles under seeds/ or tests/SeedModels.Tests/TestData/ to mutate");
            }

            return files;
        }
    }
}
