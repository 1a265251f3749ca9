using Microsoft.CodeAnalysis.Diagnostics;
using SeedModels.Extraction.Naming;
using SeedModels.Generator.Model;

namespace SeedModels.Generator.Parsing
{
    /// <summary>Reads the generator's MSBuild properties; a value that cannot be a C# name falls back to the default.</summary>
    internal static class OptionsReader
    {
        public static GeneratorOptions Read(AnalyzerConfigOptions options)
        {
            options.TryGetValue(MSBuildNames.RootNamespaceProperty, out var root);
            var fallback = IsNamespace(root) ? root + "." + MSBuildNames.DefaultNamespaceSuffix : MSBuildNames.DefaultNamespaceSuffix;
            var ns = options.TryGetValue(MSBuildNames.NamespaceProperty, out var given) && IsNamespace(given) ? given!.Trim() : fallback;
            var catalog = options.TryGetValue(MSBuildNames.CatalogNameProperty, out var name) && Identifiers.IsValid(name?.Trim() ?? string.Empty)
                ? name!.Trim()
                : MSBuildNames.DefaultCatalogName;
            return new GeneratorOptions(ns, catalog);
        }

        /// <summary>What type names are made from (<c>SeedModelsTypeNames</c>); anything but <c>FileName</c> is the headline.</summary>
        public static TypeNameSource ReadNaming(AnalyzerConfigOptions options) =>
            TypeNameSources.Parse(options.TryGetValue(MSBuildNames.TypeNamesProperty, out var value) ? value : null);

        public static ProjectLocation ReadLocation(AnalyzerConfigOptions options) =>
            new ProjectLocation(options.TryGetValue(MSBuildNames.ProjectDirectoryProperty, out var directory) ? directory ?? string.Empty : string.Empty);

        private static bool IsNamespace(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return false;
            }

            foreach (var part in value!.Trim().Split('.'))
            {
                if (!Identifiers.IsValid(part))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
