using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedModels.Testing;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>An additional file for a test run: its path below the project folder, its text and its item metadata.</summary>
    internal sealed record TestFile(string RelativePath, string Text, string? Id = null, bool IsArticle = true)
    {
        public string FullPath => GeneratorHarness.ProjectDirectory + "/" + RelativePath;
    }

    /// <summary>One generator run: the driver (to run again), its result and the compilation with the generated sources.</summary>
    internal sealed record GeneratorRun(
        GeneratorDriver Driver,
        GeneratorDriverRunResult Result,
        Compilation Input,
        Compilation Output,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        IReadOnlyList<InMemoryAdditionalText> Texts)
    {
        public GeneratorRunResult Single => Result.Results.Single();

        /// <summary>The generated sources by hint name, as text.</summary>
        public IReadOnlyList<(string HintName, string Text)> Sources =>
            Single.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).Text;
    }

    /// <summary>Runs <see cref="SeedModelsGenerator"/> the way the compiler does, on in-memory article files.</summary>
    internal static class GeneratorHarness
    {
        public const string ProjectDirectory = "/project";
        public const string DefaultNamespace = "Demo.Seeds";

        public static readonly CSharpParseOptions ParseOptions = ConsumerCompilation.StrictParseOptions;

        public static readonly CSharpCompilationOptions CompilationOptions = ConsumerCompilation.StrictOptions;

        public static readonly ImmutableArray<MetadataReference> Net80References = ConsumerCompilation.Net80References;

        public static IReadOnlyDictionary<string, string> GlobalOptions(string? ns = DefaultNamespace, string? catalogName = null, string? rootNamespace = null, string? typeNames = null)
        {
            var options = new Dictionary<string, string> { ["build_property.MSBuildProjectDirectory"] = ProjectDirectory };
            if (ns != null)
            {
                options["build_property.SeedModelsNamespace"] = ns;
            }

            if (catalogName != null)
            {
                options["build_property.SeedModelsCatalogName"] = catalogName;
            }

            if (rootNamespace != null)
            {
                options["build_property.RootNamespace"] = rootNamespace;
            }

            if (typeNames != null)
            {
                options["build_property.SeedModelsTypeNames"] = typeNames;
            }

            return options;
        }

        /// <summary>What MSBuild's generated .editorconfig gives the compiler for these files (see build/SeedModels.targets).</summary>
        public static PathOptionsProvider OptionsFor(IEnumerable<TestFile> files, IReadOnlyDictionary<string, string> globalOptions)
        {
            var perFile = new List<KeyValuePair<string, DictionaryOptions>>();
            foreach (var file in files)
            {
                // A file that is not an article keeps its Id metadata, unmarked: the generator must ignore it anyway.
                var metadata = file.IsArticle ? PathOptionsProvider.ArticleMetadata(file.Id)
                    : new DictionaryOptions(file.Id == null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Id"] = file.Id });
                perFile.Add(new KeyValuePair<string, DictionaryOptions>(file.FullPath, metadata));
            }

            return new PathOptionsProvider(globalOptions, perFile);
        }

        public static CSharpCompilation CreateCompilation(
            IEnumerable<string>? sources = null,
            CSharpParseOptions? parseOptions = null,
            IEnumerable<MetadataReference>? references = null)
        {
            var parse = parseOptions ?? ParseOptions;
            var trees = (sources ?? Array.Empty<string>()).Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: ProjectDirectory + "/Source" + i + ".cs"));
            return CSharpCompilation.Create("Consumer", trees, references ?? Net80References, CompilationOptions);
        }

        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options, CSharpParseOptions? parseOptions = null, SeedModelsGenerator? generator = null) =>
            CSharpGeneratorDriver.Create(
                new[] { (generator ?? new SeedModelsGenerator()).AsSourceGenerator() },
                texts,
                parseOptions ?? ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator once on <paramref name="files"/> and returns everything a test looks at.</summary>
        public static GeneratorRun Run(
            IEnumerable<TestFile> files,
            IReadOnlyDictionary<string, string>? globalOptions = null,
            CSharpParseOptions? parseOptions = null,
            IEnumerable<MetadataReference>? references = null,
            IEnumerable<string>? sources = null)
        {
            var list = files.ToList();
            var texts = list.Select(f => new InMemoryAdditionalText(f.FullPath, f.Text)).ToList();
            var compilation = CreateCompilation(sources, parseOptions, references);
            var driver = CreateDriver(texts, OptionsFor(list, globalOptions ?? GlobalOptions()), parseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return new GeneratorRun(driver, driver.GetRunResult(), compilation, output, diagnostics, texts);
        }

        /// <summary>Warnings and errors (also those turned into errors), formatted for an assertion message.</summary>
        public static IReadOnlyList<string> WarningsAndErrors(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError)
                .Select(d => d.ToString())
                .ToList();

        /// <summary>Fails, listing them, when <paramref name="diagnostics"/> hold a warning or an error.</summary>
        public static void AssertNoWarningsOrErrors(IEnumerable<Diagnostic> diagnostics, string what)
        {
            var found = WarningsAndErrors(diagnostics);
            Xunit.Assert.True(found.Count == 0, what + " has " + found.Count + " warning(s) or error(s):\n" + string.Join("\n", found.Take(30)));
        }
    }
}
