using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedModels.Testing
{
    /// <summary>Analyzer config options from a dictionary, as the compiler sees MSBuild's generated .editorconfig.</summary>
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
    /// The options the compiler gives generators and analyzers: global <c>build_property.*</c> options and, keyed by
    /// path, each additional file's <c>build_metadata.AdditionalFiles.*</c> metadata (shared by the generator tests,
    /// the fuzz suite and the benchmarks).
    /// </summary>
    internal sealed class PathOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly ImmutableDictionary<string, DictionaryOptions> _byPath;

        public PathOptionsProvider(IEnumerable<KeyValuePair<string, string>> globalOptions, IEnumerable<KeyValuePair<string, DictionaryOptions>> fileOptions)
        {
            GlobalOptions = new DictionaryOptions(globalOptions);
            _byPath = ImmutableDictionary.CreateRange(StringComparer.Ordinal, fileOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

        /// <summary>The metadata build/SeedModels.targets gives an article: marked, with its <c>Id</c> when it has one.</summary>
        public static DictionaryOptions ArticleMetadata(string? id = null)
        {
            var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedModelsArticle"] = "true" };
            if (id != null)
            {
                metadata["build_metadata.AdditionalFiles.Id"] = id;
            }

            return new DictionaryOptions(metadata);
        }
    }
}
