namespace SeedModels.Generator
{
    /// <summary>The names of the generator's pipeline steps, for incremental-cache tests.</summary>
    internal static class TrackingNames
    {
        public const string ArticleFiles = nameof(ArticleFiles);
        public const string Extraction = nameof(Extraction);
        public const string ArticleKeys = nameof(ArticleKeys);
        public const string Articles = nameof(Articles);
        public const string Layout = nameof(Layout);
        public const string Options = nameof(Options);
        public const string PlannedFile = nameof(PlannedFile);
        public const string Catalog = nameof(Catalog);
        public const string SupportsRecords = nameof(SupportsRecords);
    }
}
