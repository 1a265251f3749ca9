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
    /// SPEC §5 and §9: IntelliSense lists the generated members, and their descriptions show the article. An
    /// IDE-like workspace: the generator as an analyzer reference, the seeds as additional documents, and the
    /// MSBuild-generated global .editorconfig that marks them as articles.
    /// </summary>
    public sealed class CompletionTests
    {
        private const string Code = "class C { void M() { Demo.Seeds.SeedArticles. } }";

        private readonly ITestOutputHelper _output;

        public CompletionTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Completion_lists_every_article_with_its_headline()
        {
            using var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
            var document = CreateProject(workspace, Scenarios.Seeds());
            var position = Code.IndexOf("SeedArticles.", StringComparison.Ordinal) + "SeedArticles.".Length;

            // The generator ran inside the workspace: its records are part of the project's compilation.
            var compilation = (await document.Project.GetCompilationAsync())!;
            Assert.NotNull(compilation.GetTypeByMetadataName("Demo.Seeds.SeedArticles"));

            var service = CompletionService.GetService(document);
            Assert.NotNull(service);
            var completions = await service!.GetCompletionsAsync(document, position);
            var items = completions.ItemsList.ToDictionary(i => i.DisplayText, StringComparer.Ordinal);

            var expected = new Dictionary<string, string>
            {
                ["PoliceOfficerFilmedPosingForSelfie"] = "Police officer filmed posing for selfie with pro-Trump rioter inside US Capitol",
                ["PoliceOfficerAccusedOfSickeningAct"] = "Police officer accused of 'sickening' act with Trump protester",
                ["DCCopTookSelfieWithCapitolRioters"] = "DC cop took selfie with Capitol rioters",
            };
            Assert.True(items.ContainsKey("All"), "no All among: " + string.Join(", ", items.Keys));
            foreach (var (member, headline) in expected)
            {
                Assert.True(items.TryGetValue(member, out var item), "no " + member + " among: " + string.Join(", ", items.Keys));
                var description = await service.GetDescriptionAsync(document, item!);
                Assert.NotNull(description);
                _output.WriteLine(member + ": " + description!.Text);
                Assert.Contains(headline, description!.Text, StringComparison.Ordinal);
            }
        }

        private static Document CreateProject(AdhocWorkspace workspace, IReadOnlyList<TestFile> articles)
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
            solution = solution.AddDocument(documentId, "C.cs", SourceText.From(Code, Encoding.UTF8), filePath: GeneratorHarness.ProjectDirectory + "/C.cs");
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
