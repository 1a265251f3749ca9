using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordHeaderPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A wire agency on the byline (after a comma, a bar or "and", or in "from staff and wire reports") is the agency,
    /// never a second author; what follows a bar and is no wire (a place, a section, a paper, a newsletter's access
    /// badge) is no agency.
    /// </summary>
    public class AgencyBylineTests
    {
        [Theory]
        [InlineData("Maeve Tolland, Associated Press", "Associated Press")]
        [InlineData("By Maeve Tolland, Associated Press", "Associated Press")]
        [InlineData("Maeve Tolland, The Associated Press", "The Associated Press")]
        [InlineData("Maeve Tolland, Reuters", "Reuters")]
        [InlineData("Maeve Tolland, AFP", "AFP")]
        [InlineData("Maeve Tolland AAP", "AAP")]
        [InlineData("By Maeve Tolland PTI", "PTI")]
        public void AnAgencyAfterTheAuthorAndACommaIsTheAgencyNotASecondAuthor(string byline, string agency)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(agency, s.Agency);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Maeve Tolland and AP", new[] { "Maeve Tolland", "AP" })]
        [InlineData("Maeve Tolland, Daniel Ashby", new[] { "Maeve Tolland", "Daniel Ashby" })]
        public void AnAgencyJoinedByAndStillSignsTheStory(string byline, string[] authors)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(authors, s.Authors);
        }

        [Theory]
        [InlineData("By MAEVE J. TOLLAND Associated Press", "Maeve J. Tolland")]
        [InlineData("By Maeve J. Tolland Associated Press", "Maeve J. Tolland")]
        public void AnInitialledNameBeforeATwoWordWireKeepsItsSurname(string byline, string author)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal("Associated Press", s.Agency);
        }

        [Fact]
        public void ASourcesLabelOverAWireAndTheDateMakesTheWireTheByline()
        {
            var s = Structure(Headline + "Source: GNA | Wed, 3 Sep 2025 3:20 PM" + Body);

            Assert.Equal(new[] { "GNA" }, s.Authors);
            Assert.Equal(new DateTime(2025, 9, 3), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ADesksNameAfterABarMayRunIntoTheDate()
        {
            var s = Structure(Headline + "Story by Maeve Tolland | University Communications November 20, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Agency);
            Assert.Equal(new DateTime(2026, 11, 20), s.Date);
            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("Maeve Tolland \u2022 Senior Reporter", null)]
        [InlineData("By Maeve Tolland | Reuters", "Reuters")]
        public void ABarBeforeATitleOrAWireAddsNoAuthor(string byline, string? agency)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(agency, s.Agency);
        }

        [Theory]
        [InlineData("Maeve Tolland \u2022 Harbour City")]
        [InlineData("Maeve Tolland \u2022 Local News")]
        [InlineData("Maeve Tolland | Oluwadamilare Brisk")]
        [InlineData("Maeve Tolland \u2022 Westhaven Courier")]
        public void WhatFollowsABarIsNoAgencyUnlessItIsAWire(string byline)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Agency);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AWireAfterABarIsStillTheAgency()
        {
            var s = Structure(Headline + "Maeve Tolland | Reuters\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal("Reuters", s.Agency);
        }

        [Theory]
        [InlineData("Maeve Tolland \u2219 Paid\n\nNov 27, 2026")]
        [InlineData("Maeve Tolland\n\nNov 27, 2026\n\n\u2219 Paid")]
        [InlineData("Maeve Tolland\nNov 27, 2026\n\u2219 Paid")]
        [InlineData("Maeve Tolland \u00B7 Subscribers only \u00B7 Nov 27, 2026")]
        public void ANewslettersAccessBadgeIsNeitherAgencyNorBody(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Agency);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("From staff reports\n\nNovember 27, 2026")]
        [InlineData("From staff reports")]
        [InlineData("Staff Report\n\nNovember 27, 2026")]
        [InlineData("From staff and wire reports\n\nNov 27, 2026")]
        public void StaffReportsNameNoAuthorAndLeaveTheBody(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Reuters \u00B7 22 Apr 2026, 4:31 pm \u00B7 3 min read", "Reuters")]
        [InlineData("Associated Press | April 22, 2026", "Associated Press")]
        [InlineData("PTI Published: 22 April 2026, 07:32 PM IST", "PTI")]
        [InlineData("Reuters Updated: April 22, 2026", "Reuters")]
        public void AWiresNameBeforeABarOrADatesLabelAndTheDateSignsTheStory(string line, string wire)
        {
            // Read as a section's name over the date before: a wire the lexicon knows is no section.
            var s = Structure(Headline + line + Body);

            Assert.Equal(new[] { wire }, s.Authors);
            Assert.Equal(new DateTime(2026, 4, 22), s.Date);
        }

        [Fact]
        public void ASectionsNameBeforeABarAndTheDateSignsNothing()
        {
            var s = Structure(Headline + "Business | April 22, 2026" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 4, 22), s.Date);
        }
    }
}
