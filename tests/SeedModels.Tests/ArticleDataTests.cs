using System;
using System.IO;
using System.Linq;
using SeedModels.Extraction;
using SeedModels.Extraction.Data;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>
    /// The article data the generated records carry (Data/ArticleDataWriter.cs and ArticleDataReader.cs): every article
    /// reads back equal to what was written, whatever its text, and data of another format fails loudly.
    /// </summary>
    public sealed class ArticleDataTests
    {
        [Fact]
        public void Every_test_article_reads_back_equal()
        {
            var files = new[] { TestSupport.SeedsDirectory, TestSupport.ConventionsDirectory, Path.Combine(TestSupport.TestDataDirectory, "HeldOut"), Path.Combine(TestSupport.TestDataDirectory, "HeldOut2") }
                .SelectMany(d => Directory.GetFiles(d, "*.txt"))
                .ToList();
            Assert.True(files.Count > 70, "found only " + files.Count + " articles");

            foreach (var file in files)
            {
                var article = ArticleExtractor.Extract(File.ReadAllText(file), "seeds/" + Path.GetFileName(file)).Article!;
                Assert.Equal(article, ArticleDataReader.Read(ArticleDataWriter.Write(article)));
            }
        }

        [Theory]
        [InlineData("~")]
        [InlineData("~ tilde first")]
        [InlineData("  two leading spaces and two trailing  ")]
        [InlineData("- looks like a list item")]
        [InlineData("name: looks like a field")]
        [InlineData("back\\slash \\n not a newline \\u0041 not an escape")]
        [InlineData("line\nbreak\r\nand\rreturn\ttab")]
        [InlineData("nul\0 bell\u0007 escape\u001B c1\u0085 bidi\u202E zero-width\u200B line\u2028 bom\uFEFF")]
        [InlineData("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00")]
        [InlineData("\"quoted\" and \"\"doubled\"\"")]
        [InlineData("")]
        public void Any_text_reads_back_exactly(string text)
        {
            var article = Article(text);

            var data = ArticleDataWriter.Write(article);

            Assert.Equal(article, ArticleDataReader.Read(data));
            foreach (var line in data.Split('\n'))
            {
                // One printable line per value: nothing a source file, UTF-8 or a reader's eye would take otherwise (a
                // surrogate pair, one character, stays as it is).
                for (var i = 0; i < line.Length; i++)
                {
                    if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    Assert.False(ArticleDataText.NeedsEscape(line[i]), "U+" + ((int)line[i]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " unescaped in: " + line);
                }
            }
        }

        [Fact]
        public void Absent_and_empty_values_stay_apart()
        {
            var absent = Article("x") with { Standfirst = null, Byline = null, Dateline = null };
            var empty = Article("x") with { Standfirst = string.Empty, Byline = new ExtractedByline(EquatableArray<string>.Empty), Dateline = new ExtractedDateline(null, null, null) };

            Assert.Equal(absent, ArticleDataReader.Read(ArticleDataWriter.Write(absent)));
            Assert.Equal(empty, ArticleDataReader.Read(ArticleDataWriter.Write(empty)));
        }

        [Fact]
        public void Line_ends_another_tool_made_CRLF_still_read()
        {
            var article = Article("a value");

            Assert.Equal(article, ArticleDataReader.Read(ArticleDataWriter.Write(article).Replace("\n", "\r\n")));
        }

        [Theory]
        [InlineData("SeedModels article 2\n")]
        [InlineData("something else\n")]
        public void Data_of_another_format_fails_loudly(string header)
        {
            var data = ArticleDataWriter.Write(Article("x"));

            Assert.Throws<FormatException>(() => ArticleDataReader.Read(header + data.Substring(data.IndexOf('\n') + 1)));
            Assert.Throws<FormatException>(() => ArticleDataReader.Read(data.Replace("headline:", "headlines:")));
            Assert.Throws<FormatException>(() => ArticleDataReader.Read(data.Substring(0, data.Length / 2)));
            Assert.Throws<FormatException>(() => ArticleDataReader.Read(data + "extra: 1\n"));
        }

        /// <summary>An article holding <paramref name="text"/> in every kind of field.</summary>
        private static ExtractedArticle Article(string text) => new ExtractedArticle(
            "Id", "seeds/" + text.Length + ".txt", text, text,
            new ExtractedByline(new EquatableArray<string>(new[] { text, "Jane Doe" })),
            new ExtractedDateline(new DateTime(2021, 1, 7), text, null),
            new EquatableArray<ExtractedQuote>(new[] { new ExtractedQuote(text, text, true, -1, 3, 7), new ExtractedQuote("x", null, false, 2, 10, 1) }),
            new EquatableArray<ExtractedCaption>(new[] { new ExtractedCaption(text, text), new ExtractedCaption(text, null) }),
            new EquatableArray<string>(new[] { text }),
            new EquatableArray<string>(new[] { text, text, "plain" }),
            text, null,
            new EquatableArray<string>(new[] { text }));
    }
}
