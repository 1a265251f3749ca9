using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace SeedModels.Generator.Tests.Support
{
    /// <summary>The consumers the generated code must compile for (README "Using the package"): reference assemblies plus the SeedModels build they would get.</summary>
    internal static class ReferenceSets
    {
        public static ImmutableArray<MetadataReference> Get(string target) => target switch
        {
            "net8.0" => GeneratorHarness.Net80References,
            "net10.0" => Net100.References.All.Cast<MetadataReference>().Append(SeedModelsNet80()).ToImmutableArray(),
            "netstandard2.0" => FromFolder(Metadata("NetStandardReferences")).Append(SeedModelsNetStandard()).ToImmutableArray(),
            "net472" => FromFolder(Metadata("Net472References"))
                .Concat(FromFolder(Path.Combine(Metadata("Net472References"), "Facades")))
                .Append(SeedModelsNetStandard())
                .ToImmutableArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
        };

        private static MetadataReference SeedModelsNet80() => MetadataReference.CreateFromFile(typeof(Article).Assembly.Location);

        private static MetadataReference SeedModelsNetStandard()
        {
            var path = Path.GetFullPath(Metadata("SeedModelsNetStandard"));
            if (!File.Exists(path))
            {
                throw new InvalidOperationException("The netstandard2.0 build of SeedModels is missing: " + path);
            }

            return MetadataReference.CreateFromFile(path);
        }

        private static ImmutableArray<MetadataReference> FromFolder(string folder) =>
            Directory.GetFiles(folder, "*.dll")
                .Where(IsAssembly)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
                .ToImmutableArray();

        private static bool IsAssembly(string path)
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }

        /// <summary>A path the test project's build wrote into this assembly (see the .csproj).</summary>
        private static string Metadata(string key) =>
            typeof(ReferenceSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException("No assembly metadata " + key);
    }
}
