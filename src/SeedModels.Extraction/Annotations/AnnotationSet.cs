using System.Collections.Generic;

namespace SeedModels.Extraction.Annotations
{
    /// <summary>
    /// Output of the annotations pass: every annotation as written (duplicates and unknown keys kept for the
    /// diagnostics pass) and where the article's own text begins.
    /// </summary>
    internal sealed class AnnotationSet
    {
        public AnnotationSet(List<Annotation> entries, int firstBodyLine, bool frontMatterUnclosed, int inlinePrefixEnd)
        {
            Entries = entries;
            FirstBodyLine = firstBodyLine;
            FrontMatterUnclosed = frontMatterUnclosed;
            InlinePrefixEnd = inlinePrefixEnd;
        }

        public List<Annotation> Entries { get; }

        /// <summary>Index of the first line after the front matter.</summary>
        public int FirstBodyLine { get; }

        public bool FrontMatterUnclosed { get; }

        /// <summary>Offset where the text after an inline <c>date</c> annotation begins; -1 when there is none.</summary>
        public int InlinePrefixEnd { get; }

        /// <summary>The first non-empty value given for <paramref name="key"/>: annotations beat inference, and the first one wins.</summary>
        public string? Get(string key) => Find(key)?.Value;

        /// <summary>The annotation that supplies <paramref name="key"/>, if any.</summary>
        public Annotation? Find(string key)
        {
            foreach (var entry in Entries)
            {
                if (entry.NormalizedKey == key && entry.Value.Length > 0)
                {
                    return entry;
                }
            }

            return null;
        }
    }
}
