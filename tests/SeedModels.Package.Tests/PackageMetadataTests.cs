using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using SeedModels.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Package.Tests
{
    /// <summary>
    /// What a user sees of the packages before using them: the metadata NuGet shows, the README each package carries,
    /// the CLI tool's frameworks, and a local build's version that changes with the code.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageMetadataTests
    {
        private readonly PackageFixture fixture;
        private readonly ITestOutputHelper log;

        public PackageMetadataTests(PackageFixture fixture, ITestOutputHelper log)
        {
            this.fixture = fixture;
            this.log = log;
        }

        [Fact]
        public void The_library_package_carries_its_metadata_and_a_README_for_users()
        {
            Assert.True(fixture.PackSucceeded, "dotnet pack failed\n" + fixture.Pack.Describe());
            using var zip = ZipFile.OpenRead(fixture.PackagePath);
            var metadata = Metadata(zip);

            Assert.Equal("MIT", metadata["license"]);
            Assert.StartsWith("https://", metadata["projectUrl"], StringComparison.Ordinal);
            Assert.Equal(metadata["projectUrl"], metadata["repository.url"]);
            Assert.False(string.IsNullOrWhiteSpace(metadata["description"]));
            Assert.False(string.IsNullOrWhiteSpace(metadata["releaseNotes"]));
            Assert.Contains("source-generator", metadata["tags"], StringComparison.Ordinal);
            Assert.Equal("README.md", metadata["readme"]);

            // Written for package users: how to install and use it, with absolute links; not the developers' README.
            var readme = Read(zip, "README.md");
            Assert.Contains("## Install", readme, StringComparison.Ordinal);
            Assert.Contains("## Diagnostics", readme, StringComparison.Ordinal);
            Assert.DoesNotContain("fuzz", readme, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("](#", readme, StringComparison.Ordinal);
        }

        [Fact]
        public void The_CLI_tool_package_is_built_for_NET_8_runs_on_10_and_has_a_README()
        {
            var feed = Path.Combine(fixture.WorkRoot, "cli-feed");
            var pack = DotnetCli.Run(fixture.RepoRoot, PackageFixture.PackTimeout, null, "pack", Path.Combine(fixture.RepoRoot, "src", "SeedModels.Cli", "SeedModels.Cli.csproj"),
                "-c", "Release", "-o", feed, "-p:Version=" + fixture.Version, "-tl:off", "-nodeReuse:false");
            CommandAssert.Succeeded(log, pack);
            Assert.DoesNotContain(pack.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));

            using var zip = ZipFile.OpenRead(Path.Combine(feed, "SeedModels.Cli." + fixture.Version + ".nupkg"));
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Equal(new[] { "tools/net8.0/any/SeedModels.Cli.dll" }, entries.Where(e => e.EndsWith("/SeedModels.Cli.dll", StringComparison.Ordinal)));
            Assert.Equal("README.md", Metadata(zip)["readme"]);
            Assert.Contains("seedmodels inspect", Read(zip, "README.md"), StringComparison.Ordinal);

            // The .NET 8 build rolls forward by itself (its runtimeconfig says Major): it runs on the only runtime installed
            // here, .NET 10, with no environment variable, and answers --version.
            var tool = Path.Combine(fixture.WorkRoot, "cli-net8");
            zip.ExtractToDirectory(tool);
            Assert.Contains("\"rollForward\": \"Major\"", File.ReadAllText(Path.Combine(tool, "tools", "net8.0", "any", "SeedModels.Cli.runtimeconfig.json")), StringComparison.Ordinal);
            var run = DotnetCli.Run(tool, PackageFixture.RunTimeout, null, Path.Combine(tool, "tools", "net8.0", "any", "SeedModels.Cli.dll"), "--version");
            log.WriteLine(run.Describe());
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.StartsWith(fixture.Version, run.StandardOutput.Trim(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_local_build_is_versioned_from_the_commit_count_and_a_release_sets_its_own()
        {
            var project = Path.Combine(fixture.RepoRoot, "src", "SeedModels", "SeedModels.csproj");
            var commits = Git("rev-list --count HEAD");
            var changed = Git("status --porcelain --untracked-files=no").Length > 0;

            // One evaluation for both, so a minute turning between two runs cannot tell them apart.
            var (version, packageVersion) = Versions(project);
            Assert.StartsWith("0.1.0-dev." + commits, version, StringComparison.Ordinal);
            Assert.Equal(changed, version.Length > ("0.1.0-dev." + commits).Length);
            Assert.Equal(version, packageVersion);

            Assert.Equal(("2.3.4", "2.3.4"), Versions(project, "-p:Version=2.3.4"));
        }

        private (string Version, string PackageVersion) Versions(string project, params string[] extra)
        {
            var result = DotnetCli.Run(fixture.RepoRoot, PackageFixture.BuildTimeout, null,
                new[] { "msbuild", project, "-t:SeedModelsDevVersion", "-getProperty:Version", "-getProperty:PackageVersion", "-p:TargetFramework=net8.0", "-nodeReuse:false" }.Concat(extra).ToArray());
            log.WriteLine(result.Describe());
            Assert.True(result.ExitCode == 0, result.Describe());
            using var json = JsonDocument.Parse(result.StandardOutput);
            var properties = json.RootElement.GetProperty("Properties");
            return (properties.GetProperty("Version").GetString()!, properties.GetProperty("PackageVersion").GetString()!);
        }

        private string Git(string arguments)
        {
            var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = fixture.RepoRoot, RedirectStandardOutput = true, UseShellExecute = false };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            Assert.Equal(0, git.ExitCode);
            return output;
        }

        private static Dictionary<string, string> Metadata(ZipArchive zip)
        {
            using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)).Open();
            var metadata = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "metadata");
            var values = metadata.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value, StringComparer.Ordinal);
            var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
            values["repository.url"] = (string?)repository?.Attribute("url") ?? string.Empty;
            return values;
        }

        private static string Read(ZipArchive zip, string entry)
        {
            using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
            return reader.ReadToEnd();
        }
    }
}
