using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedModels.Generator.Tests.Support
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
    /// A test double for the options the compiler gives generators: global <c>build_property.*</c> options and
    /// per-additional-file <c>build_metadata.AdditionalFiles.*</c> metadata, keyed by path.
    /// </summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly ImmutableDictionary<string, DictionaryOptions> _byPath;

        public TestOptionsProvider(IEnumerable<KeyValuePair<string, string>> globalOptions, IEnumerable<KeyValuePair<string, DictionaryOptions>> fileOptions)
        {
            GlobalOptions = new DictionaryOptions(globalOptions);
            _byPath = ImmutableDictionary.CreateRange(StringComparer.Ordinal, fileOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;
    }
}
