using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SeedModels.Extraction.Diagnostics;
using Xunit;

namespace SeedModels.Tests.RealCorpus
{
    /// <summary>Every real article in <c>../shared/corpora</c> goes through <see cref="ArticleReader"/> without an exception,
    /// and no valid UTF-8 text is refused as unreadable.</summary>
    public class RealCorpusReliabilityTests
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        [Fact]
        public void EveryRealArticleIsReadWithoutAnExceptionAndValidTextIsNeverRefused()
        {
            var failures = new List<string>();
            var count = 0;
            foreach (var (corpus, file) in RealCorpora.AllArticles())
            {
                count++;
                var bytes = File.ReadAllBytes(file);
                var name = corpus + "/" + Path.GetFileName(file);
                ArticleReadResult result;
                try
                {
                    result = ArticleReader.Parse(bytes, name);
                }
                catch (Exception e)
                {
                    failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
                    continue;
                }

                if (IsText(bytes) && (result.Article is null || result.Diagnostics.Any(d => d.Id == DiagnosticIds.Unreadable)))
                {
                    failures.Add($"{name}: valid UTF-8 text refused: {string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + d.Message))}");
                }
            }

            Assert.True(count > 900, $"only {count} real articles found under {RealCorpora.Directory}");
            Assert.True(failures.Count == 0, $"{failures.Count} of {count} real articles failed:\n" + string.Join("\n", failures));
        }

        private static bool IsText(byte[] bytes)
        {
            try
            {
                return StrictUtf8.GetString(bytes).Trim().Length > 0;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }
}
