using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SeedModels.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Package.Tests
{
    /// <summary>
    /// The package as a user meets it: `dotnet pack` once (see <see cref="PackageFixture"/>), then consumer projects
    /// outside the repository that restore it from a local feed, build with the real dotnet CLI and run.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageEndToEndTests
    {
        private const string Seed000 = "000_36d0c22b3e2a0d4f.txt";

        /// <summary>SEED008's words for a binary file; CliTests checks that seedmodels inspect says the same.</summary>
        private const string BinaryFileMessage = "The article file looks binary (it is full of control characters)";

        private readonly PackageFixture fixture;
        private readonly ITestOutputHelper log;

        public PackageEndToEndTests(PackageFixture fixture, ITestOutputHelper log)
        {
            this.fixture = fixture;
            this.log = log;
        }

        // The .nupkg itself: every piece the README promises, in the folders NuGet and the compiler look in.
        [Fact]
        public void PackageHoldsLibraryGeneratorAndBuildFiles()
        {
            AssertPacked();

            using var zip = ZipFile.OpenRead(fixture.PackagePath);
            var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            log.WriteLine(string.Join("\n", entries.OrderBy(e => e, StringComparer.Ordinal)));
            foreach (var expected in new[]
            {
                "lib/netstandard2.0/SeedModels.dll",
                "lib/netstandard2.0/SeedModels.xml",
                "lib/net8.0/SeedModels.dll",
                "lib/net8.0/SeedModels.xml",
                "analyzers/dotnet/cs/SeedModels.Generator.dll",
                "build/SeedModels.props",
                "build/SeedModels.targets",
                "buildTransitive/SeedModels.props",
                "buildTransitive/SeedModels.targets",
                "tasks/netstandard2.0/SeedModels.Build.Tasks.dll",
            })
            {
                Assert.Contains(expected, entries);
            }

            // The generator must be self-contained: the compiler supplies Roslyn, and nothing else may ride along as an analyzer.
            Assert.Equal(new[] { "analyzers/dotnet/cs/SeedModels.Generator.dll" }, entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray());

            // No package dependencies: the generator project is build-only and must not leak in as a dependency.
            var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            using var stream = nuspec.Open();
            var document = XDocument.Load(stream);
            var dependencies = document.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")).ToArray();
            Assert.Empty(dependencies);
        }

        // Consumer 1: the headline scenario. Every target framework the spec names, with the strictest settings
        // (Nullable, TreatWarningsAsErrors, GenerateDocumentationFile), the repository's three seeds picked up by the
        // default seeds/**/*.txt glob, and the generated catalog used at run time on .NET 10 and (rolled forward) .NET 8.
        [Fact]
        public void MultiTargetConsumerBuildsOnEveryFrameworkAndRunsTheSeeds()
        {
            AssertPacked();
            var consumer = fixture.CreateConsumer("multitarget");
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFrameworks>net10.0;net8.0;netstandard2.0;net472</TargetFrameworks>
                    <OutputType>Exe</OutputType>
                    <OutputType Condition="'$(TargetFramework)' == 'netstandard2.0'">Library</OutputType>
                    <Nullable>enable</Nullable>
                    <LangVersion>latest</LangVersion>
                    <!-- Seed 000 holds escaped HTML on purpose: its SEED006 is printed and, being about content, does not fail the build. -->
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <RootNamespace>Consumer</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SeedModels" Version="{consumer.Version}" />
                    <PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" Condition="'$(TargetFramework)' == 'net472'" />
                  </ItemGroup>
                </Project>

                """);
            consumer.Write("Program.cs", """
                using System;

                namespace Consumer
                {
                    /// <summary>Lists the headlines of the articles the generator made from seeds/.</summary>
                    public static class Program
                    {
                        /// <summary>Entry point.</summary>
                        public static void Main()
                        {
                            foreach (var article in Consumer.Seeds.SeedArticles.All)
                            {
                                Console.WriteLine(article.Headline);
                            }
                        }
                    }
                }

                """);
            consumer.CopyInto("seeds", Directory.GetFiles(Path.Combine(fixture.RepoRoot, "seeds"), "*.txt"));

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            foreach (var tfm in new[] { "net10.0", "net8.0", "netstandard2.0", "net472" })
            {
                var output = tfm == "net472" ? "Consumer.exe" : "Consumer.dll";
                Assert.True(File.Exists(consumer.PathOf($"bin/Debug/{tfm}/{output}")), $"no {tfm} output\n{build.Describe()}");
            }

            Assert.Contains($"seeds/{Seed000}(4,1): warning SEED006", build.Output, StringComparison.Ordinal);

            // Zero warnings otherwise: nothing from the generated code, NuGet or the SDK.
            var otherWarnings = build.Lines.Where(l => l.Contains(": warning ", StringComparison.Ordinal) && !l.Contains("warning SEED006", StringComparison.Ordinal)).ToArray();
            Assert.True(otherWarnings.Length == 0, "unexpected warnings:\n" + string.Join("\n", otherWarnings));

            var expected = fixture.GoldSeedHeadlines().OrderBy(h => h, StringComparer.Ordinal).ToArray();
            Assert.Equal(3, expected.Length);

            var net10 = consumer.RunApp("bin/Debug/net10.0/Consumer.dll");
            CommandAssert.Succeeded(log, net10);
            Assert.Equal(expected, OutputLines(net10).OrderBy(h => h, StringComparer.Ordinal).ToArray());

            // Only the .NET 10 runtime is installed; Major roll-forward runs the net8.0 build on it.
            var net8 = consumer.RunApp("bin/Debug/net8.0/Consumer.dll", new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });
            CommandAssert.Succeeded(log, net8);
            Assert.Equal(expected, OutputLines(net8).OrderBy(h => h, StringComparer.Ordinal).ToArray());
        }

        // Consumer 2: every MSBuild knob of the build files: namespace and catalog name, no default items, an explicit
        // SeedArticle glob, per-item Id metadata applied with Update, and an unrelated AdditionalFiles item (the way
        // stylecop.json is added) that must never be read as an article.
        [Fact]
        public void PropertiesAndItemMetadataShapeTheGeneratedCode()
        {
            AssertPacked();
            var consumer = fixture.CreateConsumer("properties");
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <Nullable>enable</Nullable>
                    <LangVersion>latest</LangVersion>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <RootNamespace>Consumer</RootNamespace>
                    <SeedModelsNamespace>My.Articles</SeedModelsNamespace>
                    <SeedModelsCatalogName>Stories</SeedModelsCatalogName>
                    <EnableDefaultSeedArticleItems>false</EnableDefaultSeedArticleItems>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SeedModels" Version="{consumer.Version}" />
                    <SeedArticle Include="articles/*.txt" />
                    <SeedArticle Update="articles/council-park.txt" Id="CustomName" />
                    <AdditionalFiles Include="other.json" />
                  </ItemGroup>
                </Project>

                """);
            consumer.Write("articles/council-park.txt", """
                Council approves new riverside park

                The city council voted on Monday to turn the old docks into a public park.

                Work is expected to begin in the spring and take two years.

                """);

            // Would be picked up by the default glob were EnableDefaultSeedArticleItems ignored.
            consumer.Write("seeds/ignored.txt", "Ignored article\n\nThis file must not become an article.\n");
            consumer.Write("other.json", "{\n  \"settings\": {\n    \"documentationRules\": {}\n  }\n}\n");
            consumer.Write("Program.cs", """
                using System;

                namespace Consumer
                {
                    /// <summary>Uses the renamed namespace, catalog and article.</summary>
                    public static class Program
                    {
                        /// <summary>Entry point.</summary>
                        public static void Main()
                        {
                            var named = My.Articles.Stories.CustomName;
                            Console.WriteLine("count=" + My.Articles.Stories.All.Count);
                            Console.WriteLine("type=" + named.GetType().FullName);
                            Console.WriteLine("headline=" + named.Headline);
                        }
                    }
                }

                """);

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            Assert.DoesNotContain(build.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));

            var run = consumer.RunApp("bin/Debug/net10.0/Consumer.dll");
            CommandAssert.Succeeded(log, run);
            var lines = OutputLines(run);
            Assert.Contains("count=1", lines);
            Assert.Contains("type=My.Articles.CustomName", lines);
            Assert.Contains("headline=Council approves new riverside park", lines);
        }

        // Consumer 2b: type names from file names (SeedModelsTypeNames, through the props' CompilerVisibleProperty) and the
        // catalog's lookups, in a real build: the typed property named after the file compiles, TryGet's nullable flow holds
        // with the SDK's symbols (no warning under TreatWarningsAsErrors), Get names the nearest id, and articles print short.
        [Fact]
        public void TypeNamesFromFileNamesAndTheCatalogLookupsWorkInARealBuild()
        {
            AssertPacked();
            var consumer = fixture.CreateConsumer("lookups");
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <Nullable>enable</Nullable>
                    <LangVersion>latest</LangVersion>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <RootNamespace>Consumer</RootNamespace>
                    <SeedModelsTypeNames>FileName</SeedModelsTypeNames>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SeedModels" Version="{consumer.Version}" />
                  </ItemGroup>
                </Project>

                """);
            consumer.Write("seeds/harbour-wall.txt", """
                Harbour wall rebuilt after the winter storms

                By Ada Marsh

                PORTVALE, March 3 (Tidewire) - The harbour wall was rebuilt over the winter, the council said.

                Crews finished the work in May.

                """);
            consumer.Write("seeds/bridge.txt", """
                Bridge reopens to traffic

                The old bridge reopened on Monday after two years of repairs.

                """);
            consumer.Write("Program.cs", """
                using System;
                using System.Collections.Generic;
                using Consumer.Seeds;

                namespace Consumer
                {
                    /// <summary>Uses the file-named types and the lookups.</summary>
                    public static class Program
                    {
                        /// <summary>Entry point.</summary>
                        public static void Main()
                        {
                            HarbourWall typed = SeedArticles.HarbourWall;
                            Console.WriteLine("typed=" + typed.Headline);
                            Console.WriteLine("same=" + ReferenceEquals(typed, SeedArticles.Get("HarbourWall")));
                            if (SeedArticles.TryGet("Bridge", out var bridge))
                            {
                                Console.WriteLine("tryget=" + bridge.Headline);
                            }

                            Console.WriteLine("byfile=" + SeedArticles.GetBySourceFile("seeds/bridge.txt").Id);
                            Console.WriteLine("missing=" + SeedArticles.TryGet("Harbour", out _));
                            try
                            {
                                SeedArticles.Get("Bridg");
                            }
                            catch (KeyNotFoundException e)
                            {
                                Console.WriteLine("error=" + e.Message);
                            }

                            Console.WriteLine("tostring=" + typed);
                        }
                    }
                }

                """);

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            Assert.DoesNotContain(build.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));

            var run = consumer.RunApp("bin/Debug/net10.0/Consumer.dll");
            CommandAssert.Succeeded(log, run);
            var lines = OutputLines(run);
            Assert.Contains("typed=Harbour wall rebuilt after the winter storms", lines);
            Assert.Contains("same=True", lines);
            Assert.Contains("tryget=Bridge reopens to traffic", lines);
            Assert.Contains("byfile=Bridge", lines);
            Assert.Contains("missing=False", lines);
            Assert.Contains(lines, l => l.StartsWith("error=SeedArticles has no article named 'Bridg'. Did you mean 'Bridge'?", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("tostring=HarbourWall { Id = HarbourWall, Headline = \"Harbour wall rebuilt after the winter storms\", ", StringComparison.Ordinal) &&
                                        l.EndsWith(", SourceFile = seeds/harbour-wall.txt }", StringComparison.Ordinal));
        }

        // Consumer 3: a C# version too old for records. The user must get the one SEED013 warning that explains it,
        // not a cascade of compiler errors from generated code that cannot compile.
        [Fact]
        public void OldLanguageVersionGetsOneClearDiagnostic()
        {
            AssertPacked();
            var consumer = fixture.CreateConsumer("csharp8");
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Exe</OutputType>
                    <LangVersion>8</LangVersion>
                    <RootNamespace>Consumer</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SeedModels" Version="{consumer.Version}" />
                  </ItemGroup>
                </Project>

                """);
            consumer.Write("seeds/council-park.txt", "Council approves new riverside park\n\nThe city council voted on Monday to turn the old docks into a public park.\n\nWork is expected to begin in the spring and take two years.\n");
            consumer.Write("Program.cs", """
                namespace Consumer
                {
                    public static class Program
                    {
                        public static void Main()
                        {
                            System.Console.WriteLine("no generated types used");
                        }
                    }
                }

                """);

            var build = consumer.Build();
            log.WriteLine(build.Describe());
            Assert.False(build.TimedOut, build.Describe());
            var seed013 = build.Lines.Count(l => l.Contains("warning SEED013", StringComparison.Ordinal));
            Assert.True(seed013 == 1, $"expected one SEED013 warning, saw {seed013}\n{build.Describe()}");
            var compilerErrors = build.Lines.Where(l => l.Contains("error CS", StringComparison.Ordinal)).ToArray();
            Assert.True(compilerErrors.Length == 0, "compiler errors:\n" + string.Join("\n", compilerErrors));
            Assert.True(build.ExitCode == 0, build.Describe());
        }

        // Consumer 4: the analyzer running inside a real build: each finding is printed at the exact line and column
        // of the article file, in the form the IDE and CI parse.
        [Fact]
        public void AnalyzerReportsFindingsAtTheirLineAndColumn()
        {
            var consumer = CreateAnalyzerConsumer("analyzer");

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            Assert.Contains("seeds/bad-front-matter.txt(3,7): warning SEED002", build.Output, StringComparison.Ordinal);
            Assert.Contains("seeds/bad-front-matter.txt(4,1): warning SEED003", build.Output, StringComparison.Ordinal);
            Assert.Contains("seeds/unclosed.txt(1,1): warning SEED005", build.Output, StringComparison.Ordinal);
        }

        // Consumer 4, severity raised in a global analyzer config. Roslyn applies only global configs (not .editorconfig
        // sections, dotnet/roslyn#31916) to diagnostics located in additional files; the README says so.
        [Fact]
        public void GlobalConfigCanRaiseSeed002ToAnError()
        {
            var consumer = CreateAnalyzerConsumer("globalconfig-error");
            consumer.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SEED002.severity = error\n");

            var build = consumer.Build();
            log.WriteLine(build.Describe());
            Assert.False(build.TimedOut, build.Describe());
            Assert.True(build.ExitCode != 0, "the build should fail\n" + build.Describe());
            Assert.Contains("seeds/bad-front-matter.txt(3,7): error SEED002", build.Output, StringComparison.Ordinal);
        }

        // Consumer 4, rule switched off in a global analyzer config: its line disappears while the other findings remain.
        [Fact]
        public void GlobalConfigCanSilenceSeed002()
        {
            var consumer = CreateAnalyzerConsumer("globalconfig-none");
            consumer.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.SEED002.severity = none\n");

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            Assert.Contains("seeds/bad-front-matter.txt(4,1): warning SEED003", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("SEED002", build.Output, StringComparison.Ordinal);
        }

        // Consumer 4 with TreatWarningsAsErrors: article warnings stay warnings until the project opts in.
        [Fact]
        public void ArticleWarningsFailATreatWarningsAsErrorsBuildOnlyWhenOptedIn()
        {
            var lenient = CreateAnalyzerConsumer("warnaserror-default", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
            var build = lenient.Build();
            CommandAssert.Succeeded(log, build);
            Assert.Contains("seeds/bad-front-matter.txt(3,7): warning SEED002", build.Output, StringComparison.Ordinal);

            var strict = CreateAnalyzerConsumer("warnaserror-opted-in", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><SeedModelsTreatWarningsAsErrors>true</SeedModelsTreatWarningsAsErrors>");
            build = strict.Build();
            log.WriteLine(build.Describe());
            Assert.False(build.TimedOut, build.Describe());
            Assert.True(build.ExitCode != 0, "the build should fail\n" + build.Describe());
            Assert.Contains("seeds/bad-front-matter.txt(3,7): error SEED002", build.Output, StringComparison.Ordinal);
        }

        // Consumer 4 built with the -warnaserror switch, the usual CI setting: MSBuild's logger reads
        // MSBuildWarningsNotAsErrors, so article warnings stay warnings there too, until the project opts in.
        [Fact]
        public void ArticleWarningsFailAWarnAsErrorSwitchBuildOnlyWhenOptedIn()
        {
            var lenient = CreateAnalyzerConsumer("warnaserror-switch");
            var build = lenient.Build("-warnaserror");
            CommandAssert.Succeeded(log, build);
            Assert.Contains("seeds/bad-front-matter.txt(3,7): warning SEED002", build.Output, StringComparison.Ordinal);

            var strict = CreateAnalyzerConsumer("warnaserror-switch-opted-in", "<SeedModelsTreatWarningsAsErrors>true</SeedModelsTreatWarningsAsErrors>");
            build = strict.Build("-warnaserror");
            log.WriteLine(build.Describe());
            Assert.False(build.TimedOut, build.Describe());
            Assert.True(build.ExitCode != 0, "the build should fail\n" + build.Describe());
            Assert.Contains("seeds/bad-front-matter.txt(3,7): error SEED002", build.Output, StringComparison.Ordinal);
        }

        // A binary file saved as seeds/*.txt (a gzipped article, the start of an executable) is refused by the compiler
        // before any analyzer runs (CS2015). The package's build task keeps it out with SEED008 in the CLI's words, and the
        // build, the other articles and a TreatWarningsAsErrors project stay green.
        [Fact]
        public void BinaryArticleFilesGetSeed008AndAGreenBuild()
        {
            var consumer = CreateAnalyzerConsumer("binary-files", "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
            var gzip = new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0x00, 0x00, 0xFF };
            var elf = new byte[4096];
            new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 }.CopyTo(elf, 0);
            new Random(4096).NextBytes(elf.AsSpan(64, 1024));
            File.WriteAllBytes(consumer.PathOf("seeds/archive.txt"), gzip);
            File.WriteAllBytes(consumer.PathOf("seeds/program.txt"), elf);
            consumer.Write("seeds/good.txt", "Library extends opening hours\n\nThe town library will stay open until nine on weekdays.\n\nThe change starts next month.\n");

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            Assert.DoesNotContain("CS2015", build.Output, StringComparison.Ordinal);
            foreach (var file in new[] { "archive.txt", "program.txt" })
            {
                var line = Assert.Single(build.Lines.Distinct(), l => l.Contains($"seeds/{file}(1,1): warning SEED008", StringComparison.Ordinal));
                Assert.Contains(BinaryFileMessage, line, StringComparison.Ordinal);
            }

            // The other articles still reach the compiler: their own findings are reported.
            Assert.Contains("seeds/bad-front-matter.txt(3,7): warning SEED002", build.Output, StringComparison.Ordinal);
        }

        /// <summary>
        /// Consumer 4's project: one article with an invalid date (line 3) and an unknown key (line 4) in its front
        /// matter, one whose front matter is never closed; no TreatWarningsAsErrors, so the warnings alone do not fail it.
        /// </summary>
        private ConsumerProject CreateAnalyzerConsumer(string name, string extraProperties = "")
        {
            AssertPacked();
            var consumer = fixture.CreateConsumer(name);
            consumer.Write("Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <LangVersion>latest</LangVersion>
                    <RootNamespace>Consumer</RootNamespace>
                    {extraProperties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SeedModels" Version="{consumer.Version}" />
                  </ItemGroup>
                </Project>

                """);

            consumer.Write("Library.cs", "namespace Consumer\n{\n    public static class Library\n    {\n    }\n}\n");
            consumer.Write("seeds/bad-front-matter.txt", "---\nheadline: Bridge reopens after repairs\ndate: 2021-13-45\nmood: grim\n---\nThe bridge reopened to traffic on Tuesday after six months of repairs.\n\nEngineers replaced the deck and repainted the steel.\n");
            consumer.Write("seeds/unclosed.txt", "---\nheadline: Library extends opening hours\n\nThe town library will stay open until nine on weekdays.\n\nThe change starts next month.\n");
            return consumer;
        }

        private static string[] OutputLines(CommandResult run) =>
            Regex.Split(run.StandardOutput, "\r?\n").Where(l => l.Length > 0).ToArray();

        private void AssertPacked()
        {
            Assert.True(fixture.PackSucceeded, "dotnet pack failed\n" + fixture.Pack.Describe());
        }
    }
}
