using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedModels.Benchmarks.Corpus;
using SeedModels.Generator;
using SeedModels.Testing;

namespace SeedModels.Benchmarks.Generator
{
    /// <summary>
    /// What one generator benchmark runs on: the synthetic articles as in-memory additional files marked as articles,
    /// the options MSBuild would give, a small consumer compilation, and the two edits (one article, one unrelated C# file).
    /// </summary>
    public sealed class GeneratorWorkload
    {
        public const string ProjectDirectory = "/project";

        /// <summary>The text the one-article edit appends to the edited article.</summary>
        public const string EditedParagraph = "A closing paragraph added by the edit.";

        public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

        private static readonly ImmutableArray<MetadataReference> References = ConsumerCompilation.Net80References;

        public GeneratorWorkload(int articles)
        {
            Articles = articles;
            var files = new SyntheticCorpus().Make(articles);
            Texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDirectory + "/" + f.RelativePath, f.Text)).ToImmutableArray();
            var article = PathOptionsProvider.ArticleMetadata();
            Options = new PathOptionsProvider(
                new Dictionary<string, string>
                {
                    ["build_property.MSBuildProjectDirectory"] = ProjectDirectory,
                    ["build_property.RootNamespace"] = "Bench",
                    ["build_property.SeedModelsNamespace"] = "Bench.Seeds",
                },
                Texts.Select(t => new KeyValuePair<string, DictionaryOptions>(t.Path, article)));
            Compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText("namespace Bench { internal static class Program { private static void Main() { } } }", ParseOptions, ProjectDirectory + "/Program.cs") },
                References,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            EditedCompilation = Compilation.AddSyntaxTrees(
                CSharpSyntaxTree.ParseText("namespace Bench { internal sealed class Unrelated { public int Value { get; set; } } }", ParseOptions, ProjectDirectory + "/Unrelated.cs"));

            // The edited article sits in the middle of the corpus, so neither the first nor the last catalog link is special.
            EditedOriginal = Texts[articles / 2];
            EditedReplacement = new InMemoryAdditionalText(EditedOriginal.Path, EditedOriginal.GetText()!.ToString() + "\n" + EditedParagraph + "\n");
        }

        public int Articles { get; }

        public ImmutableArray<AdditionalText> Texts { get; }

        public AnalyzerConfigOptionsProvider Options { get; }

        public Compilation Compilation { get; }

        /// <summary>The compilation with one more, unrelated, C# file.</summary>
        public Compilation EditedCompilation { get; }

        public AdditionalText EditedOriginal { get; }

        public AdditionalText EditedReplacement { get; }

        /// <summary>A fresh driver, as the compiler makes one for a new build: no cached state.</summary>
        public GeneratorDriver CreateDriver(bool trackSteps = false) =>
            CSharpGeneratorDriver.Create(
                new[] { new SeedModelsGenerator().AsSourceGenerator() },
                Texts,
                ParseOptions,
                Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>
        /// How many articles each scenario extracts, read from the run results' tracked <c>Extraction</c> step: outputs
        /// whose reason is <c>New</c> or <c>Modified</c> were extracted; <c>Cached</c> and <c>Unchanged</c> ones were not.
        /// </summary>
        public ExtractionCounts CountExtractions()
        {
            var full = CreateDriver(trackSteps: true).RunGenerators(Compilation);
            var fullResult = full.GetRunResult();
            var edited = full.ReplaceAdditionalText(EditedOriginal, EditedReplacement).RunGenerators(Compilation).GetRunResult();
            var unrelated = full.RunGenerators(EditedCompilation).GetRunResult();
            var sources = fullResult.Results.Single().GeneratedSources.Length;
            var editShows = edited.Results.Single().GeneratedSources.Any(s => s.SourceText.ToString().Contains(EditedParagraph, StringComparison.Ordinal));
            return new ExtractionCounts(Articles, Extracted(fullResult), Extracted(edited), Extracted(unrelated), Total(unrelated), sources, editShows);
        }

        private static IEnumerable<IncrementalGeneratorRunStep> Steps(GeneratorDriverRunResult result) =>
            result.Results.Single().TrackedSteps.TryGetValue(TrackingNamesExtraction, out var steps) ? steps : ImmutableArray<IncrementalGeneratorRunStep>.Empty;

        /// <summary>The tracking name of the extraction step (generator/SeedModels.Generator/TrackingNames.cs, internal there).</summary>
        public const string TrackingNamesExtraction = "Extraction";

        private static int Extracted(GeneratorDriverRunResult result) =>
            Steps(result).SelectMany(s => s.Outputs).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

        private static int Total(GeneratorDriverRunResult result) => Steps(result).SelectMany(s => s.Outputs).Count();
    }

    /// <summary>Articles extracted by a full run, by a run after one article was edited and by one after an unrelated C# edit.</summary>
    public sealed record ExtractionCounts(int Articles, int FullRun, int OneArticleEdited, int UnrelatedFileEdited, int StepOutputsAfterUnrelatedEdit, int GeneratedSources, bool EditShowsInOutput)
    {
        public override string ToString() =>
            $"{Articles} articles: full run extracted {FullRun}; one article edited -> {OneArticleEdited} extracted (edit in output: {EditShowsInOutput}); " +
            $"unrelated C# file edited -> {UnrelatedFileEdited} extracted of {StepOutputsAfterUnrelatedEdit} Extraction step outputs; {GeneratedSources} generated sources";
    }
}
