using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SeedModels.Benchmarks.Corpus;
using SeedModels.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Package.Tests
{
    /// <summary>
    /// Issue 12 in a real build: articles of real length build whole (nothing cut, no SEED014, every article equal to what
    /// <c>ArticleReader.Parse</c> reads from its file), and one article of 200,000 quotations (issue 9, repro 4, which once
    /// grew csc to 24 GB) compiles within a stated memory bound. A sample here; the 1,000 to 20,000-article builds are in
    /// the build benchmark (BENCHMARKS.md).
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class ScaleEndToEndTests
    {
        /// <summary>The bound on the compiler process's memory for the quote storm (README: "Hostile input").</summary>
        public const long CompilerBoundBytes = 2L * 1024 * 1024 * 1024;

        /// <summary>The managed heap csc may use before it fails (DOTNET_GCHeapHardLimit): the bound, less room for code and native memory.</summary>
        public const long CompilerHeapLimitBytes = 1536L * 1024 * 1024;

        private readonly PackageFixture fixture;
        private readonly ITestOutputHelper log;

        public ScaleEndToEndTests(PackageFixture fixture, ITestOutputHelper log)
        {
            this.fixture = fixture;
            this.log = log;
        }

        // 300 real-length articles (3-6 KB, the synthetic corpus's conventions: about 1.3 MB of text, a fifth of what the old
        // embedding budget allowed a whole project): each one in All, equal field by field to ArticleReader.Parse of its file.
        [Fact]
        public void RealLengthArticlesBuildWholeAndHoldWhatTheReaderReads()
        {
            Assert.True(fixture.PackSucceeded, "dotnet pack failed\n" + fixture.Pack.Describe());
            var consumer = fixture.CreateConsumer("real-length");
            WriteProject(consumer, "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><GenerateDocumentationFile>true</GenerateDocumentationFile>");
            consumer.Write("Program.cs", CheckingProgram);
            new SyntheticCorpus(realLength: true).Write(consumer.PathOf("seeds"), 300);

            var build = consumer.Build();
            CommandAssert.Succeeded(log, build);
            Assert.DoesNotContain("SEED014", build.Output, StringComparison.Ordinal);

            var run = consumer.RunApp("bin/Debug/net10.0/Consumer.dll");
            CommandAssert.Succeeded(log, run);
            Assert.Contains("articles 300", run.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("differ 0", run.StandardOutput, StringComparison.Ordinal);
        }

        // Issue 9, repro 4: one line of 200,000 short quotations. csc runs as its own process with its managed heap limited, so
        // an unbounded compile fails the build (an OutOfMemoryException) on any machine; on Linux its peak resident memory
        // (VmHWM) is also read and held under the bound.
        [Fact]
        public void TheQuoteStormArticleCompilesWithinTheMemoryBound()
        {
            Assert.True(fixture.PackSucceeded, "dotnet pack failed\n" + fixture.Pack.Describe());
            var consumer = fixture.CreateConsumer("quote-storm");
            WriteProject(consumer, string.Empty);
            consumer.Write("Program.cs", """
                var article = Consumer.Seeds.SeedArticles.All[0];
                System.Console.WriteLine("quotes " + article.Quotes.Count);

                """);
            consumer.Write("seeds/quote-storm.txt", string.Concat(Enumerable.Repeat("word \u201Cquoted\u201D ", 200_000)));

            var restore = DotnetCli.Run(consumer.Directory, PackageFixture.BuildTimeout, null, "restore", "-tl:off", "-nodeReuse:false");
            Assert.True(restore.ExitCode == 0, restore.Describe());
            var environment = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + CompilerHeapLimitBytes.ToString("X", CultureInfo.InvariantCulture) };
            CommandResult build;
            long peak;
            using (var memory = new CompilerMemory(consumer.Directory))
            {
                build = DotnetCli.Run(consumer.Directory, PackageFixture.BuildTimeout, environment, "build", "--no-restore", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false");
                memory.Dispose();
                peak = memory.PeakBytes;
                log.WriteLine("csc peak resident memory: " + CompilerMemory.Describe(peak) + " (" + memory.Processes + " compiler process(es) seen)");
            }

            CommandAssert.Succeeded(log, build);
            Assert.True(peak < CompilerBoundBytes, "csc peaked at " + CompilerMemory.Describe(peak) + ", over the " + CompilerMemory.Describe(CompilerBoundBytes) + " bound");

            var run = consumer.RunApp("bin/Debug/net10.0/Consumer.dll");
            CommandAssert.Succeeded(log, run);
            Assert.Contains("quotes 200000", run.StandardOutput, StringComparison.Ordinal);
        }

        /// <summary>Checks every article of All against ArticleReader.Parse of its file, field by field; prints the counts.</summary>
        private const string CheckingProgram = """
            using System;
            using System.IO;
            using SeedModels;

            var differ = 0;
            var all = Consumer.Seeds.SeedArticles.All;
            foreach (var a in all)
            {
                var read = ArticleReader.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", a.SourceFile)), a.SourceFile).Article;
                if (!(read != null && a.Id == read.Id && a.Headline == read.Headline && a.Standfirst == read.Standfirst && Equals(a.Byline, read.Byline) &&
                      Equals(a.Dateline, read.Dateline) && Equals(a.Quotes, read.Quotes) && Equals(a.ImageCaptions, read.ImageCaptions) &&
                      Equals(a.Crossheads, read.Crossheads) && Equals(a.Paragraphs, read.Paragraphs) && a.Source == read.Source && a.Url == read.Url &&
                      Equals(a.Tags, read.Tags) && a.SourceFile == read.SourceFile))
                {
                    differ++;
                    Console.WriteLine("differs: " + a.SourceFile);
                }
            }

            Console.WriteLine("articles " + all.Count);
            Console.WriteLine("differ " + differ);

            """;

        private static void WriteProject(ConsumerProject consumer, string extraProperties) => consumer.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SeedModels" Version="{consumer.Version}" />
              </ItemGroup>
            </Project>

            """);
    }
}
