namespace SeedModels.Extraction.Annotations
{
    /// <summary>One <c>key: value</c> pin on an article, with where its key and value stand in the file.</summary>
    /// <param name="Key">The key as written (compare with <see cref="NormalizedKey"/>).</param>
    /// <param name="KeyStart">The key's offset.</param>
    /// <param name="Value">The value, trimmed.</param>
    /// <param name="ValueStart">The value's offset.</param>
    /// <param name="IsInline">The inline <c>date</c> form rather than front matter.</param>
    internal sealed record Annotation(string Key, int KeyStart, string Value, int ValueStart, bool IsInline = false)
    {
        /// <summary>The key in lower case, made once: every lookup of a key (a dozen per article) compares it.
        /// (No <c>with</c> changes an annotation's key, so it never goes stale.)</summary>
        public string NormalizedKey { get; } = Key.ToLowerInvariant();
    }
}
