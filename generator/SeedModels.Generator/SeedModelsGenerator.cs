using System.Collections.Immutable;
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

            var location = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => OptionsReader.ReadLocation(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Location);

            var supportsRecords = context.ParseOptionsProvider
                .Select(static (parse, _) => parse is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp9)
                .WithTrackingName(TrackingNames.SupportsRecords);

            // One step per stage on purpose: Roslyn copies every per-article step's table on each run, for every article.
            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => ReadMarking(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Where(static file => file != null)
                .WithTrackingName(TrackingNames.ArticleFiles);

            // The engine's article value, with its hint name for the plan, once per file, cached until its text changes.
            var extract = _extract;
            var articles = files
                .Combine(location)
                .Select((pair, cancellationToken) => CatalogPlan.Entry(ArticleFileReader.Read(pair.Left!, pair.Right, extract, cancellationToken)))
                .WithTrackingName(TrackingNames.Extraction);

            var all = articles
                .Collect()
                .Select(static (models, _) => Readable(models))
                .WithTrackingName(TrackingNames.Articles);

            // The plan (names, order, chain, files) needs every article; each generated file then needs only its
            // own planned articles, so an edit re-emits that article's file (and the catalog only if a name or headline moved).
            var planned = all
                .Combine(options)
                .Select(static (pair, _) => FileGrouping.Group(CatalogPlan.Articles(pair.Left, pair.Right)))
                .WithTrackingName(TrackingNames.Planned);

            var perFile = planned
                .SelectMany(static (files, _) => files)
                .WithTrackingName(TrackingNames.PlannedFile);

            var catalog = planned
                .Select(static (articles, _) => CatalogPlan.Catalog(articles))
                .Combine(options)
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
                var ((entries, generatorOptions), canCompileRecords) = input;
                if (canCompileRecords)
                {
                    spc.AddSource(CatalogPlan.CatalogHintName(generatorOptions), SourceText.From(CatalogEmitter.Emit(entries, generatorOptions), System.Text.Encoding.UTF8));
                }
            });
        }

        /// <summary>The articles of the files that give one, in the order they came.</summary>
        private static EquatableArray<ArticleEntry> Readable(ImmutableArray<ArticleEntry?> entries)
        {
            var readable = new System.Collections.Generic.List<ArticleEntry>(entries.Length);
            foreach (var entry in entries)
            {
                if (entry != null)
                {
                    readable.Add(entry);
                }
            }

            return new EquatableArray<ArticleEntry>(readable.ToArray());
        }

        private static ArticleFile? ReadMarking(AdditionalText text, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(MSBuildNames.ArticleMetadata, out var marked) || !ArticleCatalog.IsMarked(marked))
            {
                return null;
            }

            options.TryGetValue(MSBuildNames.IdMetadata, out var id);
            return new ArticleFile(text, id?.Trim() ?? string.Empty);
        }
    }
}
