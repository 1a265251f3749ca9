using System.Collections.Generic;

namespace SeedModels.Extraction.Naming
{
    /// <summary>
    /// Names an article type may not take. The generator, the analyzer and <c>seedmodels inspect</c> all ask here, so
    /// the type name the CLI shows is the one the build makes.
    /// </summary>
    internal static class ReservedNames
    {
        /// <summary>The catalog class's name when the project does not set <c>SeedModelsCatalogName</c>.</summary>
        public const string DefaultCatalogName = "SeedArticles";

        /// <summary>
        /// The members every generated record declares or synthesizes (a member cannot share its type's name), and, since
        /// each type is also a catalog property, the members of object and the catalog's own: <c>All</c>, the lookups, and
        /// the private field <c>CatalogLink</c>. (<c>CatalogLink</c> and <c>Instance</c> were record members once; they stay
        /// reserved so no article's name changes.)
        /// </summary>
        private static readonly string[] Members =
        {
            "All", "Article", "Instance", "CatalogLink", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone",
            "ReferenceEquals", "Finalize", "PrintMembers", "EqualityContract", "Deconstruct",
            "Get", "TryGet", "GetBySourceFile", "TryGetBySourceFile",
        };

        /// <summary>The private class nested in the catalog that holds each article's entry in the chain, so no generated method grows with the article count.</summary>
        public static string LinkTypeName(string catalogName) => catalogName + "Link";

        /// <summary>Every name an article type may not take in a project whose catalog class is <paramref name="catalogName"/>.</summary>
        public static HashSet<string> For(string catalogName) =>
            new HashSet<string>(Members, System.StringComparer.Ordinal) { catalogName, LinkTypeName(catalogName) };
    }
}
