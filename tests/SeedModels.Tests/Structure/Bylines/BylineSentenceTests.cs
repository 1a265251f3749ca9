using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A byline written as words of a sentence: "by" in lower case names the authors (a lower-case line that only opens
    /// with "by" does not), a full stop closing the sentence is no part of the name, and a paper after "at" is whom the
    /// author writes for, a place after "at" no paper.
    /// </summary>
    public class BylineSentenceTests
    {
        [Theory]
        [InlineData("by jane roe", new[] { "Jane Roe" })]
        [InlineData("by jane roe and mary smith", new[] { "Jane Roe", "Mary Smith" })]
        public void ABylineInLowerCaseNamesItsAuthors(string byline, string[] authors)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(authors, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("by the time the council met")]
        [InlineData("by tuesday evening the roof had gone")]
        public void ALowerCaseLineOpeningWithByIsNoByline(string line)
        {
            var s = Structure(Headline + line + "\n\nNovember 27, 2026" + Body);

            Assert.Empty(s.Authors);
        }

        [Theory]
        [InlineData("Written by Maeve Tolland. Published November 27, 2026.", "Maeve Tolland")]
        [InlineData("By J. R. Tolland Jr.\n\nNovember 27, 2026", "J. R. Tolland Jr.")]
        public void AFullStopClosingTheBylinesSentenceIsNoPartOfTheName(string header, string author)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
        }

        [Theory]
        [InlineData("Maeve Tolland at Brackenford Courier\n\nNovember 27, 2026")]
        [InlineData("By Maeve Tolland at The Brackenford Courier\n\nNovember 27, 2026")]
        [InlineData("By Maeve Tolland at The Brackenford Courier | November 27, 2026")]
        public void ThePaperAfterAtIsWhomTheAuthorWritesFor(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APlaceAfterAtIsNoPaper()
        {
            Assert.False(Extraction.Structure.BylineDetector.TryReadNameLine("Maeve Tolland at Brackenford Hall", out _));
        }
    }
}
