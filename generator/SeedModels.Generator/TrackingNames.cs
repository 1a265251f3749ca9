namespace SeedModels.Generator
{
    /// <summary>The names of the generator's pipeline steps, for incremental-cache tests.</summary>
    internal static class TrackingNames
    {
        public const string ArticleFiles = nameof(ArticleFiles);
        public const string Extraction = nameof(Extraction);
        public const string Articles = nameof(Articles);
        public const string Options = nameof(Options);
        public const string Planned = nameof(Planned);
        public const string PlannedFile = nameof(PlannedFile);
        public const string Catalog = nameof(Catalog);
        public const string Location = nameof(Location);
        public const string SupportsRecords = nameof(SupportsRecords);
    }
}
