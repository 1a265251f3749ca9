using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedModels.Extraction;
using SeedModels.Extraction.Diagnostics;
using SeedModels.Extraction.Naming;
using SeedModels.Extraction.Text;
using SeedModels.Generator.Parsing;

namespace SeedModels.Generator.Analysis
{
    /// <summary>
    /// Reports what is malformed in each article file at its exact line and column (SEED001–SEED012), two
    /// articles that resolve to one type name (SEED007), and a C# version too old for records (SEED013).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ArticleAnalyzer : DiagnosticAnalyzer
    {
        private readonly ArticleExtraction? _extract;

        /// <summary>The analyzer the compiler loads.</summary>
        public ArticleAnalyzer()
        {
        }

        /// <summary>An analyzer running <paramref name="extract"/> instead of the engine (tests force a failure through it).</summary>
        internal ArticleAnalyzer(ArticleExtraction extract) => _extract = extract;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var identifiers = new ConcurrentBag<(string Identifier, string SourceFile, string Path)>();
                start.RegisterAdditionalFileAction(file =>
                {
                    if (AnalyzeFile(file) is { } named)
                    {
                        identifiers.Add(named);
                    }
                });

                start.RegisterCompilationEndAction(end =>
                {
                    ReportCatalogFindings(end, identifiers, OptionsReader.Read(end.Options.AnalyzerConfigOptionsProvider.GlobalOptions));
                });

                if (start.Compilation.SyntaxTrees is { } trees && FirstParseOptions(trees) is { } parse && parse.LanguageVersion < LanguageVersion.CSharp9 && HasArticles(start.Options))
                {
                    start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.For(DiagnosticRules.LanguageVersionTooLow), Location.None, parse.LanguageVersion.ToDisplayString())));
                }
            });
        }

        /// <summary>Reports one file's findings; returns its identifier for the collision check (null when it is no article).</summary>
        private (string Identifier, string SourceFile, string Path)? AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!options.TryGetValue(MSBuildNames.ArticleMetadata, out var marked) || !ArticleCatalog.IsMarked(marked))
            {
                return null;
            }

            var global = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var sourceFile = ArticleCatalog.RelativePath(file.Path, OptionsReader.ReadLocation(global).Directory);
            var text = file.GetText(context.CancellationToken);
            if (text == null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(DiagnosticRules.Unreadable), Location.Create(file.Path, default, default), "could not be read"));
                return null;
            }

            var result = ArticleExtractor.ExtractGuarded(text.ToString(), sourceFile, ArticleDecoding.FromEncoding(text.Encoding), _extract);
            foreach (var finding in result.Diagnostics)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(finding.Rule), LocationOf(file.Path, text, finding), finding.Args));
            }

            // Named as the generator names it: Id metadata, id:, then the project's SeedModelsTypeNames.
            if (ArticleCatalog.Identified(result, null, OptionsReader.ReadNaming(global)) is not { } article)
            {
                return null;
            }

            options.TryGetValue(MSBuildNames.IdMetadata, out var idOverride);
            idOverride = idOverride?.Trim() ?? string.Empty;
            if (idOverride.Length > 0 && !Identifiers.IsValid(idOverride))
            {
                // The item's Id metadata is an annotation too: a bad one is said, not silently dropped.
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidId, Location.Create(file.Path, default, default), idOverride, article.Id));
            }

            return (ArticleCatalog.WithIdMetadata(article, idOverride).Id, sourceFile, file.Path);
        }

        private static Location LocationOf(string path, SourceText text, ExtractedDiagnostic finding)
        {
            var start = System.Math.Min(finding.Start, text.Length);
            var end = System.Math.Min(start + finding.Length, text.Length);
            var startPosition = new LinePosition(finding.Line - 1, finding.Column - 1);
            var endPosition = new LinePosition(finding.Line - 1, finding.Column - 1 + (end - start));
            return Location.Create(path, TextSpan.FromBounds(start, end), new LinePositionSpan(startPosition, endPosition));
        }

        /// <summary>What only the whole set of articles shows, decided where the generator decides it (ArticleCatalog): two articles with one name (SEED007).</summary>
        private static void ReportCatalogFindings(CompilationAnalysisContext context, IEnumerable<(string Identifier, string SourceFile, string Path)> articles, Model.GeneratorOptions options)
        {
            var list = new List<(string Identifier, string SourceFile, string Path)>(articles);
            ArticleCatalog.Order(list, a => a.SourceFile);
            var keys = new List<(string Identifier, string SourceFile)>(list.Count);
            foreach (var a in list)
            {
                keys.Add((a.Identifier, a.SourceFile));
            }

            var names = ArticleCatalog.Name(keys, options.CatalogName);
            for (var i = 0; i < list.Count; i++)
            {
                var location = Location.Create(list[i].Path, default, default);
                if (names[i].CollidedWith is { } other)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.For(DiagnosticRules.DuplicateIdentifier), location, list[i].SourceFile + "' and '" + other, list[i].Identifier, names[i].TypeName));
                }
            }
        }

        private static CSharpParseOptions? FirstParseOptions(IEnumerable<SyntaxTree> trees)
        {
            foreach (var tree in trees)
            {
                return tree.Options as CSharpParseOptions;
            }

            return null;
        }

        private static bool HasArticles(AnalyzerOptions options)
        {
            foreach (var file in options.AdditionalFiles)
            {
                if (options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(MSBuildNames.ArticleMetadata, out var marked) && ArticleCatalog.IsMarked(marked))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
