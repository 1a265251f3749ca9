using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
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

            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => ReadMarking(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Where(static file => file != null)
                .Select(static (file, _) => file!)
                .WithTrackingName(TrackingNames.ArticleFiles);

            var articles = files
                .Combine(location)
                .Select(static (pair, cancellationToken) => ArticleModelBuilder.Build(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Extraction);

            var all = articles
                .Collect()
                .Select(static (models, _) => EquatableArray<ArticleModel>.From(models))
                .WithTrackingName(TrackingNames.Articles);

            context.RegisterSourceOutput(all.Combine(options).Combine(supportsRecords), static (spc, input) =>
            {
                var ((models, generatorOptions), canCompileRecords) = input;
                if (!canCompileRecords)
                {
                    return; // SEED013 says why; emitting records would only bury it under compiler errors.
                }

                Emit(spc, models, generatorOptions);
            });
        }

        private static ArticleFile? ReadMarking(AdditionalText text, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(MSBuildNames.ArticleMetadata, out var marked) || !string.Equals(marked, "true", System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            options.TryGetValue(MSBuildNames.IdMetadata, out var id);
            return new ArticleFile(text, id?.Trim() ?? string.Empty);
        }

        private static void Emit(SourceProductionContext context, EquatableArray<ArticleModel> models, GeneratorOptions options)
        {
            var plan = CatalogPlan.Create(models, options);
            for (var i = 0; i < plan.Entries.Count; i++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var (article, typeName, hintName) = plan.Entries[i];
                var next = i + 1 < plan.Entries.Count ? plan.Entries[i + 1].TypeName : null;
                context.AddSource(hintName, SourceText.From(ArticleEmitter.Emit(article, typeName, next, options), System.Text.Encoding.UTF8));
            }

            context.AddSource(options.CatalogName + ".g.cs", SourceText.From(CatalogEmitter.Emit(plan, options), System.Text.Encoding.UTF8));
        }
    }
}
