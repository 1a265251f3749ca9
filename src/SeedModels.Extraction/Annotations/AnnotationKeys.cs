namespace SeedModels.Extraction.Annotations
{
    /// <summary>The front-matter keys an article may use (case-insensitive).</summary>
    internal static class AnnotationKeys
    {
        public const string Id = "id";
        public const string Headline = "headline";
        public const string Standfirst = "standfirst";
        public const string Byline = "byline";
        public const string Date = "date";
        public const string Place = "place";
        public const string Agency = "agency";
        public const string Source = "source";
        public const string Url = "url";
        public const string Tags = "tags";

        public static readonly string[] All = { Id, Headline, Standfirst, Byline, Date, Place, Agency, Source, Url, Tags };

        public static bool IsKnown(string normalizedKey) => IndexOf(normalizedKey) >= 0;

        /// <summary>Where <paramref name="normalizedKey"/> stands in <see cref="All"/>; -1 for an unknown key.</summary>
        public static int IndexOf(string normalizedKey) => System.Array.IndexOf(All, normalizedKey);
    }
}
