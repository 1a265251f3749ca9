using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 8: header shapes of pages from publishers no corpus holds, listed from the rules public extractors
    /// keep for them (trafilatura's and newspaper's author cleaning, htmldate's date shapes, readability's byline test) and
    /// written here as invented pages (invented names, places and publications): a headline wrapped over two lines or set
    /// over its standfirst with no blank line, a section's name on the headline's block, a byline in lower case, names parted
    /// by semicolons or bullets, staff and newsletter furniture, a standfirst under the byline.
    /// </summary>
    public class HeaderRound8Tests
    {
        private const string Headline = "Brackenford library to close after roof survey finds cracks\n\n";

        private const string Body =
            "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams." +
            "\n\nThe building will stay shut while engineers decide whether the roof can be repaired, the council said.";

        private const string FirstBody = "Council members in Brackenford voted on Tuesday";

        [Theory]
        [InlineData("Brackenford library to close\nafter roof survey finds cracks", "Brackenford library to close after roof survey finds cracks")]
        [InlineData("Brackenford Library To Close\nAfter Roof Survey Finds Cracks", "Brackenford Library To Close After Roof Survey Finds Cracks")]
        [InlineData("Local News\nBrackenford library to close after roof survey", "Brackenford library to close after roof survey")]
        public void AHeadlineOnABlockOfTwoLinesIsStillTheHeadline(string top, string headline)
        {
            var s = Structure(top + "\n\nBy Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal(headline, s.Headline);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("WATCH: Brackenford library closes after roof survey finds cracks")]
        [InlineData("Listen: Brackenford library closes after roof survey finds cracks")]
        public void AHeadlinePromotingAVideoStaysTheHeadline(string top)
        {
            // The same line in the body is furniture ("Watch: …" under a paragraph); at the top, over the byline, it is the
            // page's headline (the article had none).
            var s = Structure(top + "\n\nBy Maeve Tolland" + Body);

            Assert.Equal(top, s.Headline);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AVideoLinkInTheBodyIsStillFurniture()
        {
            var s = Structure(Headline + "By Maeve Tolland" + Body + "\n\nWATCH: Brackenford library closes after roof survey finds cracks");

            Assert.Equal(Headline.Trim(), s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AHeadlineOverItsStandfirstWithNoBlankLineBetweenIsParted()
        {
            var s = Structure("Brackenford library to close after roof survey\nThe council says the building cannot open again until its roof beams are replaced." +
                              "\n\nBy Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Brackenford library to close after roof survey", s.Headline);
            Assert.Equal("The council says the building cannot open again until its roof beams are replaced.", s.Standfirst?.Text);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Brackenford library to close after roof survey;", "The council says the building cannot open again.")]
        [InlineData("The council voted on Tuesday to close the", "Old library after a survey of its roof.")]
        public void AParagraphWrappedOverTwoLinesIsNoHeadlineAndStandfirst(string first, string second)
        {
            var s = Structure(first + "\n" + second + Body);

            Assert.NotEqual(first, s.Headline);
            var texts = s.Paragraphs.Select(p => p.Text).Append(s.Standfirst?.Text).ToList();
            Assert.Contains(first + " " + second, texts);
            Assert.DoesNotContain(second, texts);
        }

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
        [InlineData("Maeve Tolland \u2022 Oluwadamilare Brisk")]
        [InlineData("Maeve Tolland \u2022 Oluwadamilare Brisk \u2022 Nov 27, 2026")]
        public void ABulletListsASecondAuthorWhoseGivenNameTheListsLack(string byline)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland", "Oluwadamilare Brisk" }, s.Authors);
            Assert.Null(s.Agency);
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
        public void ANewslettersNameAfterAMiddleDotIsNoSecondAuthor()
        {
            var s = Structure(Headline + "Maeve Tolland \u00B7 Tuesday Briefing\n\nNovember 27, 2026" + Body);

            Assert.DoesNotContain("Tuesday Briefing", s.Authors);
        }

        [Fact]
        public void AWireAfterABarIsStillTheAgency()
        {
            var s = Structure(Headline + "Maeve Tolland | Reuters\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal("Reuters", s.Agency);
        }

        [Theory]
        [InlineData("Maeve Tolland;Corin Ashby;Daniel Pike", new[] { "Maeve Tolland", "Corin Ashby", "Daniel Pike" })]
        [InlineData("By Maeve Tolland; Corin Ashby", new[] { "Maeve Tolland", "Corin Ashby" })]
        [InlineData("By Maeve Tolland; Staff Writer", new[] { "Maeve Tolland" })]
        [InlineData("Reported by Maeve Tolland; Edited by Corin Ashby", new[] { "Maeve Tolland" })]
        [InlineData("By Maeve Tolland; Photography by Corin Ashby", new[] { "Maeve Tolland" })]
        public void ASemicolonListsAuthorsButNotTheirTitlesOrEditors(string byline, string[] authors)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(authors, s.Authors);
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

        [Fact]
        public void AStandfirstBetweenTheBylineAndTheDateIsTheStandfirst()
        {
            var s = Structure(Headline + "By Maeve Tolland\n\nThe council says the building cannot open again until its roof beams are replaced.\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal("The council says the building cannot open again until its roof beams are replaced.", s.Standfirst?.Text);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APhotoDescriptionBetweenTheBylineAndTheDateIsNoStandfirst()
        {
            var s = Structure(Headline + "By Maeve Tolland\n\nWorkers inspect the cracked roof beams of the old library on Elm Street.\n\nNovember 27, 2026" + Body);

            Assert.Null(s.Standfirst);
        }

        [Fact]
        public void ANameADateAndAPaperBetweenBulletsAreAByline()
        {
            var s = Structure(Headline + "Maeve Tolland \u2022 Nov 27, 2026 \u2022 Brackenford Courier" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Empty(s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
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
        [InlineData("Reporter Maeve Tolland can be reached at mtolland@brackenfordcourier.example.")]
        [InlineData("Staff writer Maeve Tolland can be reached at 555-0100.")]
        public void AReachNoteOpeningWithTheAuthorsJobNamesHer(string note)
        {
            var s = Structure("Brackenford library to close after roof survey finds cracks\n\nNovember 27, 2026" + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Community Notes\n\n")]
        [InlineData("Westhaven Courier\n\n")]
        [InlineData("Libraries\n\n")]
        [InlineData("Home / Local News / Brackenford library to close after roof survey finds cracks\n\n")]
        [InlineData("Brackenford library to close after roof survey finds cracks\n\n")]
        public void ALabelABreadcrumbOrACopyOfTheHeadlineOverItIsNeitherHeadlineNorStandfirst(string above)
        {
            var s = Structure(above + Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Brackenford library to close after roof survey finds cracks", s.Headline);
            Assert.Null(s.Standfirst);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AShortHeadlineInSentenceCaseOverItsDekStaysTheHeadline()
        {
            var s = Structure("Closing time\n\nBrackenford shuts its old library after a survey of the roof\n\nBy Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Closing time", s.Headline);
        }
    }
}
