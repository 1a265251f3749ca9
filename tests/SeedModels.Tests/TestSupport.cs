using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace SeedModels.Tests
{
    /// <summary>Where the test data and the repository's seeds are, and the text normalisation the gold comparisons use.</summary>
    internal static class TestSupport
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRepositoryRoot);

        /// <summary>The repository root: the first folder above the test binaries holding SeedModels.sln, or seeds/ and src/ together.</summary>
        public static string RepositoryRoot => Root.Value;

        public static string SeedsDirectory => Path.Combine(RepositoryRoot, "seeds");

        public static string TestDataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData");

        public static string ConventionsDirectory => Path.Combine(TestDataDirectory, "Conventions");

        /// <summary>Collapses white space runs to one space and trims.</summary>
        public static string NormalizeSpace(string? s) => s is null ? string.Empty : Regex.Replace(s, @"\s+", " ").Trim();

        /// <summary>Curly quotation marks become straight ones, then white space is normalised.</summary>
        public static string NormalizeQuotes(string? s)
        {
            if (s is null)
            {
                return string.Empty;
            }

            var b = new StringBuilder(s.Length);
            foreach (var c in s.Normalize(NormalizationForm.FormC))
            {
                b.Append(c switch
                {
                    '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
                    _ => c,
                });
            }

            return NormalizeSpace(b.ToString());
        }

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SeedModels.sln")) ||
                    (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && Directory.Exists(Path.Combine(dir.FullName, "src"))))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("No repository root (a folder with SeedModels.sln, or with seeds/ and src/) above " + AppContext.BaseDirectory);
        }
    }
}
