using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using SeedModels.Generator.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace SeedModels.Generator.Tests
{
    /// <summary>
    /// README "Using the package", issue 13 items 6, 7 and 9: IntelliSense lists the generated members a user means, their descriptions
    /// show the article (headline, byline, date, source file), and the plumbing — the catalog's chain, its index, the data
    /// attribute's helpers — is not listed. An IDE-like workspace: the generator as an analyzer reference, the seeds as
    /// additional documents, and the MSBuild-generated global .editorconfig that marks them as articles.
    /// </summary>
    public sealed class CompletionTests : IDisposable
    {
        private const string Catalog = "Demo.Seeds.SeedArticles.";

        /// <summary>What a static class lists besides its own members: object's static methods.</summary>
        private static readonly string[] ObjectStatics = { "Equals", "ReferenceEquals" };

        private static readonly string[] Articles = { "PoliceOfficerFilmedPosingForSelfie", "PoliceOfficerAccusedOfSickeningAct", "DCCopTookSelfieWithCapitolRioters" };

        private readonly ITestOutputHelper _output;
        private readonly List<AdhocWorkspace> _workspaces = new List<AdhocWorkspace>();

        public CompletionTests(ITestOutputHelper output) => _output = output;

        public void Dispose() => _workspaces.ForEach(w => w.Dispose());

        [Fact]
        public async Task Completion_lists_every_article_with_its_headline()
        {
            var (document, service, items) = await CompleteAsync(Scenarios.Seeds(), Catalog);

            // The generator ran inside the workspace: its records are part of the project's compilation.
            var compilation = (await document.Project.GetCompilationAsync())!;
            Assert.NotNull(compilation.GetTypeByMetadataName("Demo.Seeds.SeedArticles"));

            var expected = new Dictionary<string, string[]>
            {
                ["PoliceOfficerFilmedPosingForSelfie"] = new[] { "Police officer filmed posing for selfie with pro-Trump rioter inside US Capitol", "By Louise Hall.", "seeds/000_36d0c22b3e2a0d4f.txt" },
                ["PoliceOfficerAccusedOfSickeningAct"] = new[] { "Police officer accused of 'sickening' act with Trump protester", "seeds/001_5638e6038d5e208a.txt" },
                ["DCCopTookSelfieWithCapitolRioters"] = new[] { "DC cop took selfie with Capitol rioters", "2021-01-07", "seeds/002_49b13e417f622695.txt" },
            };
            Assert.True(items.ContainsKey("All"), "no All among: " + string.Join(", ", items.Keys));
            foreach (var (member, shown) in expected)
            {
                Assert.True(items.TryGetValue(member, out var item), "no " + member + " among: " + string.Join(", ", items.Keys));
                var description = await service.GetDescriptionAsync(document, item!);
                Assert.NotNull(description);
                _output.WriteLine(member + ": " + description!.Text);
                Assert.All(shown, text => Assert.Contains(text, description.Text, StringComparison.Ordinal));
            }
        }

        [Fact]
        public async Task The_catalog_lists_its_articles_and_lookups_and_no_plumbing()
        {
            var (_, _, items) = await CompleteAsync(Scenarios.Seeds(), Catalog);

            // Exactly: the typed articles, All, the lookups, and what every static class inherits from object. Not the private
            // index (CatalogLink) nor the private chain class (SeedArticlesLink).
            Assert.Equal(
                Articles.Concat(new[] { "All", "Get", "TryGet", "GetBySourceFile", "TryGetBySourceFile" }).Concat(ObjectStatics).OrderBy(n => n, StringComparer.Ordinal),
                items.Keys.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public async Task An_article_lists_the_article_and_no_plumbing()
        {
            var (_, _, onInstance) = await CompleteAsync(Scenarios.Seeds(), Catalog + "DCCopTookSelfieWithCapitolRioters.");
            var (_, _, onType) = await CompleteAsync(Scenarios.Seeds(), "Demo.Seeds.DCCopTookSelfieWithCapitolRioters.");

            // The instance: Article's properties, object's methods and the record's operators, nothing generated.
            var articleMembers = new[]
            {
                "==", "!=",
                "Id", "Headline", "Standfirst", "Byline", "Dateline", "Quotes", "ImageCaptions", "Crossheads", "Paragraphs", "Source", "Url", "Tags", "SourceFile",
                "Equals", "GetHashCode", "GetType", "ToString",
            };
            Assert.Equal(articleMembers.OrderBy(n => n, StringComparer.Ordinal), onInstance.Keys.OrderBy(n => n, StringComparer.Ordinal));

            // The type: its Instance, and object's statics; no CatalogLink as records once had.
            Assert.Equal(new[] { "Instance" }.Concat(ObjectStatics).OrderBy(n => n, StringComparer.Ordinal), onType.Keys.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public async Task The_namespace_lists_the_records_and_the_catalog_only()
        {
            var (_, _, items) = await CompleteAsync(Scenarios.Seeds(), "Demo.Seeds.");

            Assert.Equal(Articles.Append("SeedArticles").OrderBy(n => n, StringComparer.Ordinal), items.Keys.OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public async Task The_runtime_helpers_for_generated_code_are_not_listed()
        {
            // ArticleData, ArticleDataAttribute, ArticleLink and ArticleIndex are public for the generated code, and hidden from
            // completion (EditorBrowsable(Never), which holds for types from a referenced assembly).
            var (_, _, items) = await CompleteAsync(Scenarios.Seeds(), "SeedModels.Generated.");

            Assert.Empty(items.Keys);
            foreach (var type in new[] { typeof(SeedModels.Generated.ArticleData), typeof(SeedModels.Generated.ArticleDataAttribute), typeof(SeedModels.Generated.ArticleLink), typeof(SeedModels.Generated.ArticleIndex) })
            {
                Assert.True(type.IsPublic, type.Name);
            }
        }

        /// <summary>The completion items offered right after <paramref name="prefix"/>, written inside a method, by display text.</summary>
        private async Task<(Document Document, CompletionService Service, Dictionary<string, CompletionItem> Items)> CompleteAsync(IReadOnlyList<TestFile> articles, string prefix)
        {
            var code = "class C { void M() { " + prefix + " } }";
            var workspace = new AdhocWorkspace(MefHostServices.DefaultHost); // one per document: documents share their path
            _workspaces.Add(workspace);
            var document = CreateProject(workspace, articles, code);
            var position = code.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
            var service = CompletionService.GetService(document);
            Assert.NotNull(service);
            var completions = await service!.GetCompletionsAsync(document, position);
            var items = completions.ItemsList.ToDictionary(i => i.DisplayText, StringComparer.Ordinal);
            _output.WriteLine(prefix + " → " + string.Join(", ", items.Keys.OrderBy(k => k, StringComparer.Ordinal)));
            return (document, service, items);
        }

        private static Document CreateProject(AdhocWorkspace workspace, IReadOnlyList<TestFile> articles, string code)
        {
            var projectId = ProjectId.CreateNewId();
            var project = ProjectInfo.Create(
                    projectId,
                    VersionStamp.Create(),
                    "Consumer",
                    "Consumer",
                    LanguageNames.CSharp,
                    filePath: GeneratorHarness.ProjectDirectory + "/Consumer.csproj",
                    compilationOptions: GeneratorHarness.CompilationOptions,
                    parseOptions: GeneratorHarness.ParseOptions,
                    metadataReferences: GeneratorHarness.Net80References,
                    analyzerReferences: new[] { GeneratorReference() })
                .WithAdditionalDocuments(articles.Select(a => DocumentInfo.Create(
                    DocumentId.CreateNewId(projectId),
                    Path.GetFileName(a.RelativePath),
                    loader: TextLoader.From(TextAndVersion.Create(SourceText.From(a.Text, Encoding.UTF8), VersionStamp.Create(), a.FullPath)),
                    filePath: a.FullPath)))
                .WithAnalyzerConfigDocuments(new[]
                {
                    DocumentInfo.Create(
                        DocumentId.CreateNewId(projectId),
                        "Consumer.GeneratedMSBuildEditorConfig.editorconfig",
                        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(GlobalConfig(articles), Encoding.UTF8), VersionStamp.Create())),
                        filePath: GeneratorHarness.ProjectDirectory + "/obj/Consumer.GeneratedMSBuildEditorConfig.editorconfig"),
                });

            var solution = workspace.CurrentSolution.AddProject(project);
            var documentId = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(documentId, "C.cs", SourceText.From(code, Encoding.UTF8), filePath: GeneratorHarness.ProjectDirectory + "/C.cs");
            Assert.True(workspace.TryApplyChanges(solution));
            return workspace.CurrentSolution.GetDocument(documentId)!;
        }

        /// <summary>What MSBuild writes for CompilerVisibleProperty and CompilerVisibleItemMetadata (build/SeedModels.props).</summary>
        private static string GlobalConfig(IEnumerable<TestFile> articles)
        {
            var b = new StringBuilder();
            b.Append("is_global = true\n");
            b.Append("build_property.SeedModelsNamespace = Demo.Seeds\n");
            b.Append("build_property.RootNamespace = Demo\n");
            b.Append("build_property.MSBuildProjectDirectory = ").Append(GeneratorHarness.ProjectDirectory).Append('\n');
            foreach (var article in articles)
            {
                b.Append('\n').Append('[').Append(article.FullPath).Append("]\n");
                b.Append("build_metadata.AdditionalFiles.SeedModelsArticle = true\n");
            }

            return b.ToString();
        }

        /// <summary>The built generator assembly, as the IDE loads it from the package's analyzers folder.</summary>
        private static AnalyzerReference GeneratorReference()
        {
            var reference = new AnalyzerFileReference(typeof(SeedModelsGenerator).Assembly.Location, new LoadedAssemblyLoader());
            Assert.Contains(reference.GetGeneratorsForAllLanguages(), g => g.GetGeneratorType() == typeof(SeedModelsGenerator));
            return reference;
        }

        /// <summary>Hands back the generator assembly this test already loaded, so the workspace runs exactly the code under test.</summary>
        private sealed class LoadedAssemblyLoader : IAnalyzerAssemblyLoader
        {
            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) =>
                string.Equals(fullPath, typeof(SeedModelsGenerator).Assembly.Location, StringComparison.Ordinal)
                    ? typeof(SeedModelsGenerator).Assembly
                    : Assembly.LoadFrom(fullPath);
        }
    }
}
