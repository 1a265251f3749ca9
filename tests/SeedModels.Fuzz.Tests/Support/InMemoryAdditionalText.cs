using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>An additional file held in memory, already decoded (see <see cref="CompilerDecoding"/>).</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public SourceText Text => _text;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

        public override string ToString() => Path;
    }

    /// <summary>Analyzer config options from a dictionary.</summary>
    internal sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(IEnumerable<KeyValuePair<string, string>> values) =>
            _values = ImmutableDictionary.CreateRange(KeyComparer, values);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    /// <summary>
    /// What MSBuild's generated .editorconfig gives the compiler: the global <c>build_property.*</c> values and, per article
    /// file, <c>build_metadata.AdditionalFiles.SeedModelsArticle = true</c> (and its <c>Id</c> metadata when it has one).
    /// </summary>
    internal sealed class FuzzOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public const string Namespace = "Fuzz.Seeds";

        private static readonly DictionaryOptions Global = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectDirectory"] = FuzzFile.ProjectDirectory,
            ["build_property.SeedModelsNamespace"] = Namespace,
            ["build_property.RootNamespace"] = "Fuzz",
        });

        private readonly ImmutableDictionary<string, DictionaryOptions> _byPath;

        public FuzzOptionsProvider(IEnumerable<FuzzFile> files)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, DictionaryOptions>(System.StringComparer.Ordinal);
            foreach (var file in files)
            {
                var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedModelsArticle"] = "true" };
                if (file.IdMetadata != null)
                {
                    metadata["build_metadata.AdditionalFiles.Id"] = file.IdMetadata;
                }

                builder[file.FullPath] = new DictionaryOptions(metadata);
            }

            _byPath = builder.ToImmutable();
        }

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;
    }
}
