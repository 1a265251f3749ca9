using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A short "Pub:" label dates the story, while a month and year alone beside the byline is neither a date nor a
    /// paragraph, though as a heading in the body it stays a crosshead.
    /// </summary>
    public class PublishedLabelAndMonthYearTests
    {
        [Theory]
        [InlineData("By Maeve Tolland\n\nPub: 27 Nov 2026")]
        [InlineData("By Maeve Tolland\n\nPub: November 27, 2026")]
        [InlineData("By Maeve Tolland\n\nPubd: November 27, 2026")]
        public void AShortPublishedLabelDatesTheStory(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        // A government release's header: the issuer under "From:", the date under a label alone on its line.
        [Theory]
        [InlineData("From:\n\nDepartment for Harbours and The Rt Hon Maeve Tolland MP\n\nPublished\n\n27 November 2026")]
        [InlineData("Issued by:\n\nBrackenford Borough Council\n\nLast updated:\n\n27 November 2026")]
        public void AnIssuerUnderItsLabelAndADateUnderItsLabelLeaveTheBody(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("By Maeve Tolland\n\nNovember 2026")]
        [InlineData("November 2026\n\nBy Maeve Tolland")]
        [InlineData("By Maeve Tolland\n\nNov. 2026")]
        public void AMonthAndYearBesideTheBylineIsNoParagraph(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AMonthAndYearAsACrossheadInTheBodyStaysACrosshead()
        {
            var s = Structure(Top + "November 2026\n\nThe engineers found cracks in six of the roof beams. Two were near collapse." + End);

            Assert.Contains("November 2026", s.Crossheads);
        }
    }
}
