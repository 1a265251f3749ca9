using SeedModels.Extraction.Naming;

namespace SeedModels.Generator.Parsing
{
    /// <summary>The keys the package's build files make visible to the compiler (buildTransitive/SeedModels.props).</summary>
    internal static class MSBuildNames
    {
        public const string ArticleMetadata = ArticleCatalog.ArticleMetadata;
        public const string IdMetadata = ArticleCatalog.IdMetadata;
        public const string NamespaceProperty = "build_property.SeedModelsNamespace";
        public const string CatalogNameProperty = "build_property.SeedModelsCatalogName";
        public const string RootNamespaceProperty = "build_property.RootNamespace";
        public const string ProjectDirectoryProperty = "build_property.MSBuildProjectDirectory";
        public const string TypeNamesProperty = TypeNameSources.Property;
        public const string DefaultCatalogName = ReservedNames.DefaultCatalogName;
        public const string DefaultNamespaceSuffix = "Seeds";
    }
}
