using System;
using System.ComponentModel;
using SeedModels.Extraction.Data;

namespace SeedModels.Generated
{
    /// <summary>For generated code: turns a generated record's <see cref="ArticleDataAttribute"/> into its values.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArticleData
    {
        /// <summary>
        /// The article <paramref name="articleType"/> carries. A generated record calls this once, from its type's initializer
        /// (through its <c>Instance</c>), which the runtime runs once and thread-safely, on first access to the article.
        /// </summary>
        /// <param name="articleType">A record the SeedModels generator made.</param>
        /// <returns>A plain <see cref="Article"/> holding the values; the record copies them.</returns>
        public static Article Decode(Type articleType)
        {
            if (articleType is null)
            {
                throw new ArgumentNullException(nameof(articleType));
            }

            var attribute = (ArticleDataAttribute?)Attribute.GetCustomAttribute(articleType, typeof(ArticleDataAttribute), inherit: false)
                            ?? throw new InvalidOperationException(articleType.FullName + " carries no article data");
            return ArticleMapping.ToArticle(ArticleDataReader.Read(attribute.Data));
        }
    }
}
