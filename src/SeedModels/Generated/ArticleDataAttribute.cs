using System;
using System.ComponentModel;

namespace SeedModels.Generated
{
    /// <summary>
    /// For generated code: an article's extracted values, as text, on the record the SeedModels generator makes for it.
    /// An attribute argument is kept in the assembly's metadata blobs, which have no size limit that matters here, where
    /// string literals share one 16 MB heap; and the compiler reads it as one constant, whatever the article holds.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class ArticleDataAttribute : Attribute
    {
        /// <summary>Wraps the data the generator wrote.</summary>
        /// <param name="data">The article's values in SeedModels' article data format.</param>
        public ArticleDataAttribute(string data) => Data = data;

        /// <summary>The article's values in SeedModels' article data format.</summary>
        public string Data { get; }
    }
}
