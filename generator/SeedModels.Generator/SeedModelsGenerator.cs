using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SeedModels.Extraction;
using SeedModels.Extraction.Naming;
using SeedModels.Generator.Emitting;
using SeedModels.Generator.Model;
using SeedModels.Generator.Parsing;

namespace SeedModels.Generator
{
    /// <summary>
    /// Generates one sealed record per article file (additional files marked by the SeedModels build files) and a
    /// catalog class. Each file is extracted once and cached until its text changes; options are reduced to plain
    /// values first, so an unrelated edit or a renamed namespace never re-runs extraction.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SeedModelsGenerator : IIncrementalGenerator
    {
        private readonly Extraction.ArticleExtraction? _extract;

        /// <summary>The generator the compiler loads.</summary>
        public SeedModelsGenerator()
        {
        }

        /// <summary>A generator running <paramref name="extract"/> instead of the engine (tests force a failure through it).</summary>
        internal SeedModelsGenerator(Extraction.ArticleExtraction extract) => _extract = extract;

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var supportsRecords = context.ParseOptionsProvider
                .Select(static (parse, _) => parse is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp9)
                .WithTrackingName(TrackingNames.SupportsRecords);

            // As few per-article steps as can be: on an edit, Roslyn walks every per-article step's table, for every article.
            // The marking carries what extraction depends on besides the text (Id metadata, project folder, type-name source),
            // so another option's change finds it equal and extracts nothing; a file that is no article gives null.
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => ReadMarking(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ArticleFiles);

            // The engine's article value, with its key for the layout, once per file, cached until its text changes.
            var extract = _extract;
            var articles = files
                .Select((file, cancellationToken) => file == null ? null : CatalogPlan.Entry(ArticleFileReader.Read(file, extract, cancellationToken)))
                .WithTrackingName(TrackingNames.Extraction);

            // Collected once, for the layout's keys and for the files.
            var collected = articles
                .Collect()
                .WithTrackingName(TrackingNames.Articles);

            // The layout (order, type names, chain, files) needs every article's key but no article's body: an edit to the text
            // gives keys equal to the last ones, so the layout is not made again. (One pass of references over the collected
            // articles, not a step per article: Roslyn walks each per-article step's table for every article on every edit.)
            var layout = collected
                .Select(static (entries, _) => CatalogPlan.Keys(entries))
                .WithTrackingName(TrackingNames.ArticleKeys)
                .Combine(options)
                .Select(static (pair, _) => CatalogPlan.Layout(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Layout);

            // Each generated file takes its articles' values by position: one pass of references; only a file whose articles
            // or names changed differs from its last value, and only it is emitted again.
            var perFile = collected
                .Combine(layout)
                .SelectMany(static (pair, _) => CatalogPlan.Files(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.PlannedFile);

            // The catalog file needs the options and the first article's name: nothing an article's edit changes.
            var catalog = layout
                .Select(static (l, _) => l.Catalog)
                .WithTrackingName(TrackingNames.Catalog);

            context.RegisterSourceOutput(perFile.Combine(supportsRecords), static (spc, input) =>
            {
                var (file, canCompileRecords) = input;
                if (canCompileRecords)
                {
                    spc.AddSource(file.HintName, SourceText.From(ArticleEmitter.Emit(file), System.Text.Encoding.UTF8));
                }
            });

            // Without C# 9 nothing is emitted: SEED013 says why; records would only bury it under compiler errors.
            context.RegisterSourceOutput(catalog.Combine(supportsRecords), static (spc, input) =>
            {
                var (head, canCompileRecords) = input;
                if (canCompileRecords)
                {
                    spc.AddSource(CatalogPlan.CatalogHintName(head.Options), SourceText.From(CatalogEmitter.Emit(head), System.Text.Encoding.UTF8));
                }
            });
        }

        private static ArticleFile? ReadMarking(AdditionalText text, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider provider)
        {
            var options = provider.GetOptions(text);
            if (!options.TryGetValue(MSBuildNames.ArticleMetadata, out var marked) || !ArticleCatalog.IsMarked(marked))
            {
                return null;
            }

            options.TryGetValue(MSBuildNames.IdMetadata, out var id);
            return new ArticleFile(text, id?.Trim() ?? string.Empty, OptionsReader.ReadLocation(provider.GlobalOptions).Directory, OptionsReader.ReadNaming(provider.GlobalOptions));
        }
    }
}
