using System;
using System.Collections.Generic;
using SeedModels.Extraction;
using SeedModels.Extraction.Diagnostics;
using SeedModels.Extraction.Text;

namespace SeedModels
{
    /// <summary>
    /// Reads an article at run time with the same extraction engine the source generator runs at compile time.
    /// </summary>
    public static class ArticleReader
    {
        /// <summary>Extracts the article in <paramref name="text"/>.</summary>
        /// <param name="text">The article's text (a leading BOM is ignored; CRLF, LF and CR line ends all work).</param>
        /// <param name="sourceFile">The file's path relative to the project, reported as <see cref="Article.SourceFile"/>.</param>
        /// <returns>The article and the diagnostics about it.</returns>
        public static ArticleReadResult Parse(string text, string sourceFile)
        {
            if (text is null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (sourceFile is null)
            {
                throw new ArgumentNullException(nameof(sourceFile));
            }

            return Read(text, sourceFile, TextDecoding.StrictUtf8, extract: null);
        }

        /// <summary>
        /// Decodes <paramref name="bytes"/> as the C# compiler decodes an article file — a byte-order mark chooses UTF-8 or
        /// UTF-16, otherwise strict UTF-8 — and extracts the article. Bytes that are not UTF-8, and binary content, give
        /// SEED008 and no article, as they do in the build.
        /// </summary>
        /// <param name="bytes">The file's bytes.</param>
        /// <param name="sourceFile">The file's path relative to the project.</param>
        /// <returns>The article and the diagnostics about it.</returns>
        public static ArticleReadResult Parse(byte[] bytes, string sourceFile)
        {
            if (bytes is null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            if (sourceFile is null)
            {
                throw new ArgumentNullException(nameof(sourceFile));
            }

            return Parse(bytes, sourceFile, extract: null);
        }

        /// <summary><see cref="Parse(byte[], string)"/> with another engine (tests force a failure through it).</summary>
        internal static ArticleReadResult Parse(byte[] bytes, string sourceFile, ArticleExtraction? extract)
        {
            var text = ArticleDecoding.Decode(bytes, out var decoding);
            return Read(text, sourceFile, decoding, extract);
        }

        /// <summary>What <see cref="Parse(byte[], string)"/> reads, as the engine's article value (the CLI's reports walk it).</summary>
        internal static (ExtractedArticle? Article, IReadOnlyList<ArticleDiagnostic> Diagnostics) Extract(byte[] bytes, string sourceFile, ArticleExtraction? extract)
        {
            var text = ArticleDecoding.Decode(bytes, out var decoding);
            var result = ArticleExtractor.ExtractGuarded(text, sourceFile, decoding, extract);
            return (result.Article, ToDiagnostics(result.Diagnostics));
        }

        private static ArticleReadResult Read(string text, string sourceFile, TextDecoding decoding, ArticleExtraction? extract)
        {
            var result = ArticleExtractor.ExtractGuarded(text, sourceFile, decoding, extract);
            return new ArticleReadResult(result.Article is { } article ? ArticleMapping.ToArticle(article) : null, ToDiagnostics(result.Diagnostics));
        }

        private static IReadOnlyList<ArticleDiagnostic> ToDiagnostics(List<ExtractedDiagnostic> found)
        {
            // Made at its size and handed to the list as it is (ValueList.From would copy it twice).
            var list = new ArticleDiagnostic[found.Count];
            for (var i = 0; i < list.Length; i++)
            {
                var d = found[i];
                list[i] = new ArticleDiagnostic
                {
                    Id = d.Id,
                    Severity = d.Rule.Severity == DiagnosticSeverityLevel.Info ? ArticleDiagnosticSeverity.Info : ArticleDiagnosticSeverity.Warning,
                    Message = d.Message,
                    Line = d.Line,
                    Column = d.Column,
                    Start = d.Start,
                    Length = d.Length,
                };
            }

            return ValueList<ArticleDiagnostic>.Own(list);
        }
    }
}
