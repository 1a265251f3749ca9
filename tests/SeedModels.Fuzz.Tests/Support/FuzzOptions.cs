using System.Collections.Generic;
using System.Linq;
using SeedModels.Testing;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>
    /// What MSBuild's generated .editorconfig gives the compiler: the global <c>build_property.*</c> values and, per article
    /// file, <c>build_metadata.AdditionalFiles.SeedModelsArticle = true</c> (and its <c>Id</c> metadata when it has one).
    /// </summary>
    internal static class FuzzOptions
    {
        public const string Namespace = "Fuzz.Seeds";

        private static readonly Dictionary<string, string> Global = new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectDirectory"] = FuzzFile.ProjectDirectory,
            ["build_property.SeedModelsNamespace"] = Namespace,
            ["build_property.RootNamespace"] = "Fuzz",
        };

        public static PathOptionsProvider For(IEnumerable<FuzzFile> files) =>
            new PathOptionsProvider(Global, files.Select(f => new KeyValuePair<string, DictionaryOptions>(f.FullPath, PathOptionsProvider.ArticleMetadata(f.IdMetadata))));
    }
}
