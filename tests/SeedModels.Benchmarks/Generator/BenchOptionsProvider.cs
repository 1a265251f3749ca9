using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedModels.Benchmarks.Generator
{
    /// <summary>Analyzer config options from a dictionary, as the compiler sees MSBuild's generated .editorconfig.</summary>
    public sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(IEnumerable<KeyValuePair<string, string>> values) =>
            _values = ImmutableDictionary.CreateRange(AnalyzerConfigOptions.KeyComparer, values);

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    /// <summary>
    /// The options the compiler gives generators: global <c>build_property.*</c> values and, per additional file, the
    /// <c>build_metadata.AdditionalFiles.SeedModelsArticle</c> marking that build/SeedModels.targets adds to articles.
    /// </summary>
    public sealed class BenchOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Article = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.SeedModelsArticle"] = "true",
        });

        private readonly HashSet<string> _articles;

        public BenchOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, IEnumerable<string> articlePaths)
        {
            GlobalOptions = new DictionaryOptions(globalOptions);
            _articles = new HashSet<string>(articlePaths, StringComparer.Ordinal);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _articles.Contains(textFile.Path) ? Article : DictionaryOptions.Empty;
    }
}
