using System;
using System.Collections.Generic;
using System.Text;
using SeedModels.Extraction;
using SeedModels.Extraction.Diagnostics;

namespace SeedModels
{
    /// <summary>
    /// Reads an article at run time with the same extraction engine the source generator runs at compile time.
    /// </summary>
    public static class ArticleReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>Extracts the article in <paramref name="text"/>.</summary>
        /// <param name="text">The article's text (a leading BOM is ignored; CRLF and LF both work).</param>
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

            var result = ArticleExtractor.Extract(text, sourceFile);
            return new ArticleReadResult(result.IsReadable ? ToArticle(result, sourceFile) : null, ToDiagnostics(result.Diagnostics));
        }

        /// <summary>Decodes <paramref name="bytes"/> as UTF-8 (strictly: invalid bytes give SEED008) and extracts the article.</summary>
        /// <param name="bytes">The file's bytes.</param>
        /// <param name="sourceFile">The file's path relative to the project.</param>
        /// <returns>The article and the diagnostics about it.</returns>
        public static ArticleReadResult Parse(byte[] bytes, string sourceFile)
        {
            if (bytes is null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                var diagnostic = DiagnosticsPass.Unreadable("is not valid UTF-8 (it holds undecodable bytes)");
                return new ArticleReadResult(null, ToDiagnostics(new List<ExtractedDiagnostic> { diagnostic }));
            }

            return Parse(text, sourceFile);
        }

        private static Article ToArticle(ExtractionResult r, string sourceFile)
        {
            var quotes = new List<Quote>(r.Quotes.Count);
            foreach (var q in r.Quotes)
            {
                quotes.Add(new Quote
                {
                    Text = q.Text,
                    Speaker = q.Speaker,
                    Kind = q.IsDirect ? QuoteKind.Direct : QuoteKind.Partial,
                    Paragraph = q.Paragraph,
                    Line = q.Line,
                    Column = q.Column,
                });
            }

            var captions = new List<ImageCaption>(r.Captions.Count);
            foreach (var (text, credit) in r.Captions)
            {
                captions.Add(new ImageCaption { Text = text, Credit = credit });
            }

            return new Article
            {
                Id = r.Identifier,
                Headline = r.Headline,
                Standfirst = r.Standfirst,
                Byline = r.Authors.Count > 0 ? new Byline { Authors = r.Authors } : null,
                Dateline = r.HasDateline ? new Dateline { Date = r.Date, Place = r.Place, Agency = r.Agency } : null,
                Quotes = quotes,
                ImageCaptions = captions,
                Crossheads = r.Crossheads,
                Paragraphs = r.Paragraphs,
                Source = r.Source,
                Url = r.Url,
                Tags = r.Tags,
                SourceFile = sourceFile,
            };
        }

        private static IReadOnlyList<ArticleDiagnostic> ToDiagnostics(List<ExtractedDiagnostic> found)
        {
            var list = new List<ArticleDiagnostic>(found.Count);
            foreach (var d in found)
            {
                list.Add(new ArticleDiagnostic
                {
                    Id = d.Id,
                    Severity = d.Rule.Severity == DiagnosticSeverityLevel.Info ? ArticleDiagnosticSeverity.Info : ArticleDiagnosticSeverity.Warning,
                    Message = d.Message,
                    Line = d.Line,
                    Column = d.Column,
                    Start = d.Start,
                    Length = d.Length,
                });
            }

            return ValueList<ArticleDiagnostic>.From(list);
        }
    }
}
