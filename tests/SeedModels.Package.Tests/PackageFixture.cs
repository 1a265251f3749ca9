using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using System.Text.Json;
using System.Threading;
using SeedModels.Testing;
using Xunit;

namespace SeedModels.Package.Tests
{
    /// <summary>
    /// Packs src/SeedModels once per test run into a temporary local feed, under a version no earlier run used, so
    /// NuGet's global package cache can never hand the consumers a stale build. Every consumer project lives in the
    /// same temporary folder, outside the repository; the folder (and this run's version in the global package
    /// cache) is deleted afterwards.
    /// </summary>
    /// <summary>
    /// The test classes that need the packed package share one <see cref="PackageFixture"/>: one <c>dotnet pack</c> per run.
    /// A fixture per class packed the same project three times at once, and the packs raced for the generator's build
    /// output (<c>SeedModels.Generator.deps.json</c> "used by another process").
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "Packed package";
    }

    public sealed class PackageFixture : IDisposable
    {
        public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
        public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
        public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

        private int consumerCount;

        public PackageFixture()
        {
            RepoRoot = SeedModels.Testing.RepoRoot.Path;
            var unique = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N").Substring(0, 8);
            WorkRoot = Path.Combine(Path.GetTempPath(), "seedmodels-e2e-" + unique);
            FeedDirectory = Path.Combine(WorkRoot, "feed");
            Directory.CreateDirectory(FeedDirectory);

            // The 'r' keeps the pre-release label alphanumeric (a purely numeric label may not start with 0).
            Version = "0.0.0-e2e.r" + unique;
            Pack = DotnetCli.Run(
                RepoRoot,
                PackTimeout,
                null,
                "pack",
                Path.Combine(RepoRoot, "src", "SeedModels", "SeedModels.csproj"),
                "-c",
                "Release",
                "-o",
                FeedDirectory,
                "-p:Version=" + Version,
                "-tl:off",
                "-nodeReuse:false");
            PackagePath = Path.Combine(FeedDirectory, "SeedModels." + Version + ".nupkg");
        }

        /// <summary>The repository root (the folder holding SeedModels.sln).</summary>
        public string RepoRoot { get; }

        /// <summary>This run's temporary folder: the feed and every consumer.</summary>
        public string WorkRoot { get; }

        public string FeedDirectory { get; }

        /// <summary>This run's unique package version.</summary>
        public string Version { get; }

        public CommandResult Pack { get; }

        /// <summary>Where the package should be; check <see cref="PackSucceeded"/> first.</summary>
        public string PackagePath { get; }

        public bool PackSucceeded => Pack.ExitCode == 0 && !Pack.TimedOut && File.Exists(PackagePath);

        /// <summary>The three seed headlines the repository's gold file expects.</summary>
        public IReadOnlyList<string> GoldSeedHeadlines()
        {
            var gold = Path.Combine(RepoRoot, "tests", "SeedModels.Tests", "TestData", "seeds.gold.json");
            using var document = JsonDocument.Parse(File.ReadAllText(gold));
            return document.RootElement.GetProperty("articles").EnumerateArray()
                .Select(a => a.GetProperty("headline").GetString() ?? string.Empty)
                .ToArray();
        }

        /// <summary>A fresh consumer folder, isolated from any Directory.Build.* above it and restoring from the feed.</summary>
        public ConsumerProject CreateConsumer(string name)
        {
            var number = Interlocked.Increment(ref consumerCount);
            var directory = Path.Combine(WorkRoot, "consumers", number.ToString("D2", CultureInfo.InvariantCulture) + "-" + name);
            return ConsumerProject.Create(directory, FeedDirectory, Version);
        }

        public void Dispose()
        {
            DeleteDirectory(WorkRoot);

            // This run's version is unique, so its folder in the global package cache is ours alone and would never be used again.
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            if (string.IsNullOrEmpty(packages))
            {
                packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            }

            var cached = Path.Combine(packages, "seedmodels");
            DeleteDirectory(Path.Combine(cached, Version.ToLowerInvariant()));
            try
            {
                if (Directory.Exists(cached) && !Directory.EnumerateFileSystemEntries(cached).Any())
                {
                    Directory.Delete(cached);
                }
            }
            catch (IOException)
            {
                // Another run restored a version meanwhile; leave the folder.
            }
        }

        private static void DeleteDirectory(string path)
        {
            for (var attempt = 0; attempt < 3 && Directory.Exists(path); attempt++)
            {
                try
                {
                    Directory.Delete(path, recursive: true);
                }
                catch (IOException)
                {
                    Thread.Sleep(500);
                }
                catch (UnauthorizedAccessException)
                {
                    Thread.Sleep(500);
                }
            }
        }
    }

    /// <summary>A throwaway project folder that consumes the packed SeedModels.</summary>
    public sealed class ConsumerProject
    {
        private ConsumerProject(string directory, string version)
        {
            Directory = directory;
            Version = version;
        }

        public string Directory { get; }

        /// <summary>The SeedModels version to reference.</summary>
        public string Version { get; }

        public static ConsumerProject Create(string directory, string feed, string version)
        {
            System.IO.Directory.CreateDirectory(directory);
            var project = new ConsumerProject(directory, version);

            // Empty files stop MSBuild's upward search, so nothing (TreatWarningsAsErrors, PackageOutputPath, central
            // package versions…) is inherited from whatever folder the temp directory sits in.
            project.Write("Directory.Build.props", "<Project />\n");
            project.Write("Directory.Build.targets", "<Project />\n");
            project.Write("Directory.Packages.props", "<Project />\n");

            // Only the local feed is added; the machine's NuGet configuration supplies everything else.
            project.Write("nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="seedmodels-e2e" value="{SecurityElement.Escape(feed)}" />
                  </packageSources>
                </configuration>

                """);
            return project;
        }

        public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

        public void Write(string relativePath, string content)
        {
            var path = PathOf(relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }

        public void CopyInto(string relativeFolder, IEnumerable<string> files)
        {
            var target = PathOf(relativeFolder);
            System.IO.Directory.CreateDirectory(target);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }

        /// <summary><c>dotnet build</c> (restore included) with the classic console logger.</summary>
        public CommandResult Build(params string[] extraArguments) =>
            DotnetCli.Run(Directory, PackageFixture.BuildTimeout, null, new[] { "build", "-tl:off", "-nodeReuse:false" }.Concat(extraArguments).ToArray());

        /// <summary>Runs a built framework-dependent app: <c>dotnet bin/…/Consumer.dll</c>.</summary>
        public CommandResult RunApp(string relativeDll, IReadOnlyDictionary<string, string>? environment = null) =>
            DotnetCli.Run(Directory, PackageFixture.RunTimeout, environment, PathOf(relativeDll));
    }
}
