using System;
using System.Linq;
using System.Text;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>
    /// Bytes become text as the C# compiler makes them (README "Hostile input"), so the runtime reader, the CLI, the build
    /// and the generator agree on every file: a byte-order mark chooses UTF-8 or UTF-16, otherwise strict UTF-8, otherwise
    /// a fallback that is no article (SEED008), and that the compiler refuses outright when it holds two NULs in a row.
    /// </summary>
    public class DecodingTests
    {
        private const string File = "seeds/decoding.txt";

        private const string Article = "Caf\u00E9 reopens on the quay\n\nThe caf\u00E9 on the quay reopened on Friday. It had been shut since March.\n\n\u201CWe missed it,\u201D said Ann Rowe.\n";

        private static string Unreadable(ArticleReadResult result)
        {
            Assert.Null(result.Article);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("SEED008", 1, 1), (d.Id, d.Line, d.Column));
            return d.Message;
        }

        [Fact]
        public void A_stray_C1_control_character_in_valid_UTF8_is_kept_in_an_article()
        {
            // A publisher's own mojibake (issue 9, repro 2): the text is valid UTF-8, so it is an article.
            var text = "Caf\u0083 owner fined\n\nThe caf\u0083 in the high street was fined on Tuesday. The owner will appeal.\n";

            var result = ArticleReader.Parse(Encoding.UTF8.GetBytes(text), File);

            Assert.NotNull(result.Article);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SEED008");
            Assert.Equal("Caf\u0083 owner fined", result.Article!.Headline);
        }

        [Fact]
        public void A_literal_replacement_character_in_strict_UTF8_is_kept_in_an_article()
        {
            var result = ArticleReader.Parse(Encoding.UTF8.GetBytes(Article.Replace("March", "March \uFFFD", StringComparison.Ordinal)), File);

            Assert.NotNull(result.Article);
        }

        [Theory]
        [InlineData("utf-16")]
        [InlineData("utf-16BE")]
        [InlineData("utf-8")]
        public void A_byte_order_mark_chooses_the_encoding_and_gives_the_same_article(string encodingName)
        {
            var encoding = Encoding.GetEncoding(encodingName);
            var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Article)).ToArray();

            var result = ArticleReader.Parse(bytes, File);

            var utf8 = ArticleReader.Parse(Encoding.UTF8.GetBytes(Article), File);
            Assert.Equal(utf8.Article, result.Article);
            Assert.Equal(utf8.Diagnostics, result.Diagnostics);
            Assert.Equal("Caf\u00E9 reopens on the quay", result.Article!.Headline);
        }

        [Fact]
        public void Bytes_that_are_not_UTF8_are_no_article()
        {
            var message = Unreadable(ArticleReader.Parse(Encoding.Latin1.GetBytes(Article), File));

            Assert.Contains("not valid UTF-8", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Bad_bytes_after_a_UTF8_byte_order_mark_are_no_article()
        {
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.Latin1.GetBytes(Article)).ToArray();

            Assert.Contains("not valid UTF-8", Unreadable(ArticleReader.Parse(bytes, File)), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00, 0xB0, 0x9C })]
        [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57 })]
        public void An_executable_or_gzip_header_is_binary_as_the_compiler_sees_it(byte[] header)
        {
            var text = ArticleDecoding.Decode(header, out var decoding);

            Assert.True(ArticleDecoding.CompilerRefusesAsBinary(text, decoding));
            Assert.Contains("binary", Unreadable(ArticleReader.Parse(header, File)), StringComparison.Ordinal);
        }

        [Fact]
        public void NULs_in_valid_UTF8_are_read_as_the_compiler_reads_them_and_judged_by_content()
        {
            // UTF-16 without a byte-order mark is valid UTF-8 full of NULs: the compiler accepts it, the engine calls it binary.
            var bytes = Encoding.Unicode.GetBytes("Harbour wall rebuilt\n\nThe wall was rebuilt in May. It cost less than planned.\n");
            var text = ArticleDecoding.Decode(bytes, out var decoding);

            Assert.Equal(TextDecoding.StrictUtf8, decoding);
            Assert.False(ArticleDecoding.CompilerRefusesAsBinary(text, decoding));
            Assert.Contains("binary", Unreadable(ArticleReader.Parse(bytes, File)), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(null, nameof(TextDecoding.StrictUtf8))]
        [InlineData("strict-utf-8", nameof(TextDecoding.StrictUtf8))]
        [InlineData("utf-8", nameof(TextDecoding.Unicode))]
        [InlineData("utf-16", nameof(TextDecoding.Unicode))]
        [InlineData("utf-16BE", nameof(TextDecoding.Unicode))]
        [InlineData("iso-8859-1", nameof(TextDecoding.Fallback))]
        public void The_compilers_encoding_tells_how_a_file_was_decoded(string? encodingName, string expected)
        {
            var encoding = encodingName switch
            {
                null => null,
                "strict-utf-8" => new UTF8Encoding(false, true),
                _ => Encoding.GetEncoding(encodingName),
            };

            Assert.Equal(expected, ArticleDecoding.FromEncoding(encoding).ToString());
        }
    }
}
