using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedModels.Fuzz.Tests.Support;
using SeedModels.Generator;
using SeedModels.Testing;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Fuzz.Tests
{
    /// <summary>
    /// Issue 9, repro 4: one article of 200,000 quotations once grew csc to 24 GB. The in-memory compilations of the fuzz
    /// batches never showed it (the fuzzer's quote storms stopped at 12,000, and nothing watched the compiler's memory). Here
    /// the largest and most list-heavy articles the fuzzer makes go through the generator and then the real csc, run as its
    /// own process: it must succeed with its managed heap limited to 1.5 GB, and (on Linux) peak under 2 GB of resident
    /// memory. And a count: the generated record of such an article has as many syntax nodes as one of a one-line article,
    /// since its values are one constant, whatever the lists hold.
    /// </summary>
    public sealed class CompilerMemoryTests
    {
        public const long HeapLimitBytes = 1536L * 1024 * 1024;

        public const long BoundBytes = 2L * 1024 * 1024 * 1024;

        private readonly ITestOutputHelper _output;

        public CompilerMemoryTests(ITestOutputHelper output) => _output = output;

        public static TheoryData<string> Inputs() => new TheoryData<string> { "200,000 quotations", "100,000 paragraphs", "10 MB on one line" };

        [Theory]
        [MemberData(nameof(Inputs))]
        public void The_largest_and_most_list_heavy_articles_compile_in_bounded_memory(string input)
        {
            var generator = new InputGenerator(FuzzTests.BatchSeed(FuzzTests.DefaultSeed, 300, Array.IndexOf(new[] { "200,000 quotations", "100,000 paragraphs", "10 MB on one line" }, input)));
            var file = input switch
            {
                "200,000 quotations" => generator.ListHeavy(200_000, paragraphs: false),
                "100,000 paragraphs" => generator.ListHeavy(100_000, paragraphs: true),
                _ => generator.One(CaseKind.Huge),
            };

            var sources = Generate(file);
            var record = Assert.Single(sources.SelectMany(s => s.Tree.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>()));
            var small = Generate(FuzzFile.FromText(file.RelativePath, "Lists everywhere\n\nword \u201Cquoted\u201D word.\n"))
                .SelectMany(s => s.Tree.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>()).Single();
            Assert.Equal(small.DescendantNodes().Count(), record.DescendantNodes().Count());

            var folder = Path.Combine(Path.GetTempPath(), "seedmodels-csc-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            try
            {
                var result = RealCompiler.Compile(folder, sources.Select(s => (s.HintName, s.Text)), HeapLimitBytes);
                _output.WriteLine(input + ": " + file.Bytes.Length + " bytes, " + sources.Sum(s => (long)s.Text.Length) + " characters generated; csc exit " + result.ExitCode +
                                  ", peak " + CompilerMemory.Describe(result.PeakBytes));
                Assert.False(result.TimedOut, "csc did not finish in " + RealCompiler.Timeout);
                Assert.True(result.ExitCode == 0, "csc failed (heap limited to " + CompilerMemory.Describe(HeapLimitBytes) + "):\n" + Pipeline.Escape(result.Output, 3000));
                Assert.True(result.PeakBytes < BoundBytes, "csc peaked at " + CompilerMemory.Describe(result.PeakBytes));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        /// <summary>The generated sources for one article file, as the compiler would add them.</summary>
        private static List<(string HintName, string Text, SyntaxTree Tree)> Generate(FuzzFile file)
        {
            var texts = new[] { new InMemoryAdditionalText(file.FullPath, file.CompilerSourceText()!) };
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new SeedModelsGenerator().AsSourceGenerator() }, texts, Pipeline.ParseOptions, FuzzOptions.For(new[] { file }));
            driver = driver.RunGenerators(CSharpCompilation.Create("Fuzz", Array.Empty<SyntaxTree>(), ConsumerCompilation.Net80References, Pipeline.CompilationOptions));
            var result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString(), s.SyntaxTree)).ToList();
        }
    }
}
