using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SeedModels.Generator.Analysis;

namespace SeedModels.Analyzer.Tests
{
    /// <summary>
    /// Runs <see cref="ArticleAnalyzer"/> over article files the way MSBuild hands them to the compiler: additional
    /// files marked by <c>SeedModelsArticle</c> metadata in a global config, under a project folder.
    /// </summary>
    internal static class AnalyzerHarness
    {
        public const string ProjectDirectory = "/project";

        public static string PathOf(string relative) => ProjectDirectory + "/" + relative;

        public static Task VerifyAsync(IEnumerable<(string Path, string Text)> articles, params DiagnosticResult[] expected) =>
            VerifyAsync(articles, LanguageVersion.Latest, new (string Path, string Text)[0], expected);

        public static Task VerifyAsync(string path, string text, params DiagnosticResult[] expected) =>
            VerifyAsync(new[] { (path, text) }, expected);

        /// <summary>One article whose text carries the encoding the compiler decoded it with.</summary>
        public static Task VerifyAsync(string path, SourceText text, params DiagnosticResult[] expected) =>
            VerifyAsync(new[] { (path, text) }, LanguageVersion.Latest, new (string Path, string Text)[0], expected);

        public static Task VerifyAsync(
            IEnumerable<(string Path, string Text)> articles,
            LanguageVersion languageVersion,
            IEnumerable<(string Path, string Text)> otherFiles,
            params DiagnosticResult[] expected) =>
            VerifyAsync(articles.Select(a => (a.Path, SourceText.From(a.Text, Encoding.UTF8))), languageVersion, otherFiles, expected);

        /// <summary>Articles in a project that sets these MSBuild properties (made visible to the compiler by build/SeedModels.props).</summary>
        public static Task VerifyWithPropertiesAsync(IEnumerable<(string Path, string Text)> articles, IReadOnlyDictionary<string, string> properties, params DiagnosticResult[] expected) =>
            VerifyAsync(articles.Select(a => (a.Path, SourceText.From(a.Text, Encoding.UTF8))), LanguageVersion.Latest, new (string Path, string Text)[0], expected, properties);

        private static async Task VerifyAsync(
            IEnumerable<(string Path, SourceText Text)> articles,
            LanguageVersion languageVersion,
            IEnumerable<(string Path, string Text)> otherFiles,
            DiagnosticResult[] expected,
            IReadOnlyDictionary<string, string>? properties = null)
        {
            var test = new CSharpAnalyzerTest<ArticleAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
            test.TestState.Sources.Add("internal static class Program { }");
            var config = new StringBuilder("is_global = true\nbuild_property.MSBuildProjectDirectory = " + ProjectDirectory + "\n");
            foreach (var (name, value) in properties ?? new Dictionary<string, string>())
            {
                config.Append("build_property.").Append(name).Append(" = ").Append(value).Append('\n');
            }

            foreach (var (path, text) in articles)
            {
                test.TestState.AdditionalFiles.Add((PathOf(path), text));
                config.Append("\n[").Append(PathOf(path)).Append("]\nbuild_metadata.AdditionalFiles.SeedModelsArticle = true\n");
            }

            foreach (var (path, text) in otherFiles)
            {
                test.TestState.AdditionalFiles.Add((PathOf(path), text));
            }

            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
            test.SolutionTransforms.Add((solution, projectId) =>
                solution.WithProjectParseOptions(projectId, new CSharpParseOptions(languageVersion)));
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }

        /// <summary>An id at a span in an article file (1-based lines and columns, end exclusive).</summary>
        public static DiagnosticResult At(string id, string path, int line, int column, int endLine, int endColumn) =>
            new DiagnosticResult(id, Descriptors.All.First(d => d.Id == id).DefaultSeverity).WithSpan(PathOf(path), line, column, endLine, endColumn);

        public static string RepositoryFile(params string[] parts) => SeedModels.Testing.RepoRoot.Combine(parts);
    }
}
