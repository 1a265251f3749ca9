namespace SeedModels.Extraction.Annotations
{
    /// <summary>One <c>key: value</c> pin on an article, with where its key and value stand in the file.</summary>
    internal sealed class Annotation
    {
        public Annotation(string key, int keyStart, string value, int valueStart, bool isInline = false)
        {
            Key = key;
            KeyStart = keyStart;
            Value = value;
            ValueStart = valueStart;
            IsInline = isInline;
        }

        /// <summary>The key as written (compare with <see cref="NormalizedKey"/>).</summary>
        public string Key { get; }

        public string NormalizedKey => Key.ToLowerInvariant();

        public int KeyStart { get; }

        public string Value { get; }

        public int ValueStart { get; }

        /// <summary>The inline <c>date</c> form rather than front matter.</summary>
        public bool IsInline { get; }
    }
}
