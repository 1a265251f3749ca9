using System;
using System.IO;

namespace SeedModels.Testing
{
    /// <summary>
    /// The repository's root folder: the nearest folder above the test binaries holding <c>SeedModels.sln</c> (shared by
    /// the generator, analyzer, fuzz and package tests and the benchmarks).
    /// </summary>
    internal static class RepoRoot
    {
        private static readonly Lazy<string> Root = new Lazy<string>(Find);

        public static string Path => Root.Value;

        public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        private static string Find()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "SeedModels.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("SeedModels.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
