using System;
using System.Linq;
using System.Text;
using SeedModels.Extraction.Naming;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>README "Hostile input": no input throws; an unreadable file gives SEED008 and no article, anything else an article with a valid identifier.</summary>
    public class BadInputTests
    {
        private const string File = "seeds/bad-input.txt";

        private static void AssertUnreadable(ArticleReadResult result, string why)
        {
            Assert.Null(result.Article);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("SEED008", 1, 1), (d.Id, d.Line, d.Column));
            Assert.Contains(why, d.Message, StringComparison.Ordinal);
        }

        private static Article AssertArticle(ArticleReadResult result)
        {
            Assert.NotNull(result.Article);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SEED008");
            Assert.True(Identifiers.IsValid(result.Article!.Id), "not a C# identifier: " + result.Article.Id);
            return result.Article;
        }

        [Fact]
        public void EmptyFile()
        {
            AssertUnreadable(ArticleReader.Parse(Array.Empty<byte>(), File), "empty");
        }

        [Theory]
        [InlineData("   \n\t\r\n  ")]
        [InlineData("\uFEFF\n\n")]
        public void WhiteSpaceOnly(string text)
        {
            AssertUnreadable(ArticleReader.Parse(Encoding.UTF8.GetBytes(text), File), "empty");
        }

        [Fact]
        public void RandomBinaryBytes()
        {
            var bytes = new byte[4096];
            new Random(20210106).NextBytes(bytes);

            AssertUnreadable(ArticleReader.Parse(bytes, File), "UTF-8");
        }

        [Fact]
        public void BinaryThatIsValidUtf8IsStillUnreadable()
        {
            var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(i % 32)).ToArray();

            AssertUnreadable(ArticleReader.Parse(bytes, File), "binary");
        }

        [Fact]
        public void InvalidUtf8()
        {
            var bytes = Encoding.UTF8.GetBytes("Harbour wall rebuilt\n\nThe wall was rebuilt ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" in May.")).ToArray();

            AssertUnreadable(ArticleReader.Parse(bytes, File), "UTF-8");
        }

        [Fact]
        public void TenMegabyteArticle()
        {
            var text = new StringBuilder("Harbour wall rebuilt after the winter storms\n\n");
            for (var i = 0; text.Length < 10 * 1024 * 1024; i++)
            {
                text.Append("Paragraph ").Append(i).Append(": the harbour master, Jane Doe, said the repairs were on schedule. ");
                text.Append("\u201CWe expect to finish by May,\u201D she said, adding that the work had cost less than planned.\n\n");
            }

            var article = AssertArticle(ArticleReader.Parse(Encoding.UTF8.GetBytes(text.ToString()), File));

            Assert.Equal("Harbour wall rebuilt after the winter storms", article.Headline);
            Assert.True(article.Paragraphs.Count > 50_000, "paragraphs: " + article.Paragraphs.Count);
            Assert.StartsWith("Paragraph 0:", article.Paragraphs[0], StringComparison.Ordinal);
        }

        [Fact]
        public void NulInTheHeadline()
        {
            var article = AssertArticle(ArticleReader.Parse(Encoding.UTF8.GetBytes("Harbour\0wall rebuilt\n\nThe wall was rebuilt in May. It cost less than planned."), File));

            Assert.DoesNotContain('\0', article.Id);
        }

        [Fact]
        public void UnpairedSurrogatesInAString()
        {
            var result = ArticleReader.Parse("Harbour \uD800wall rebuilt\n\nThe wall \uDC00was rebuilt in May. It cost less.", File);

            var article = AssertArticle(result);
            Assert.DoesNotContain(article.Id, char.IsSurrogate);
        }

        [Fact]
        public void OnlyQuotationMarks()
        {
            var result = ArticleReader.Parse(Encoding.UTF8.GetBytes("\"\"\" '' \u201C\u201D\u2018\u2019 \u201C\u201C\u201C\n\n\"\"\"\"\n\u201D\u201D"), File);

            var article = AssertArticle(result);
            Assert.Contains(result.Diagnostics, d => d.Id == "SEED001");
            Assert.Equal("BadInput", article.Id);
        }

        [Fact]
        public void HeadlineOfCSharpKeywords()
        {
            var article = AssertArticle(ArticleReader.Parse("class public static void\n\nThe wall was rebuilt in May. It cost less.", File));

            Assert.Equal("class public static void", article.Headline);
            Assert.Equal("ClassPublicStaticVoid", article.Id);
        }

        [Fact]
        public void HeadlineOfSymbolsOnly()
        {
            var result = ArticleReader.Parse("!!! ??? *** ### @@@\n\nThe wall was rebuilt in May. It cost less.", File);

            var article = AssertArticle(result);
            Assert.Equal("BadInput", article.Id);
            Assert.Contains(result.Diagnostics, d => d.Id == "SEED001");
        }

        [Fact]
        public void HeadlineClosingACommentBlock()
        {
            var article = AssertArticle(ArticleReader.Parse("Wall rebuilt */ at last\n\nThe wall was rebuilt in May. It cost less.", File));

            Assert.Equal("Wall rebuilt */ at last", article.Headline);
            Assert.Equal("WallRebuiltAtLast", article.Id);
        }

        [Fact]
        public void HeadlineClosingAnXmlDocTag()
        {
            var result = ArticleReader.Parse("Wall rebuilt </summary> at last\n\nThe wall was rebuilt in May. It cost less.", File);

            var article = AssertArticle(result);
            Assert.Equal("Wall rebuilt at last", article.Headline);
            Assert.Contains(result.Diagnostics, d => d.Id == "SEED006" && d.Line == 1 && d.Column == 14);
        }
    }
}
