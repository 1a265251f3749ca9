using System;
using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, header shapes of pages from publishers no corpus holds, found by probing the engine with articles written
    /// for the purpose (invented names, places and publications): bylines with a follow button, a comment link, a place or
    /// a publication beside the name; magazine credits without "by"; dates glued to their labels or written short; the
    /// furniture a copied header sets between its byline and date; a masthead or section over the headline.
    /// </summary>
    public class HeaderProbeTests
    {
        private const string Headline = "Brackenford library to close after roof survey finds cracks\n\n";

        private const string Body =
            "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams." +
            "\n\nThe building will stay shut while engineers decide whether the roof can be repaired, the council said.";

        [Theory]
        [InlineData("Maeve Tolland Follow\n\nNov 27, 2026")]
        [InlineData("November 27, 2026 by Maeve Tolland Leave a Comment")]
        [InlineData("Maeve Tolland, Brackenford | Published: 27 November 2026 09:14 IST")]
        [InlineData("Maeve Tolland, Port Elder | Updated: Nov 27, 2026, 09:14 IST")]
        [InlineData("By Maeve Tolland, Brackenford | 27 November 2026")]
        [InlineData("Maeve Tolland, Brackenford\n\n27 November 2026")]
        [InlineData("Submitted by Maeve Tolland on Fri, 11/27/2026 - 09:14")]
        [InlineData("Words Maeve Tolland\n\nPhotography Corin Ashby\n\n27 November 2026")]
        [InlineData("Maeve Tolland\nBrackenford Courier\n\nPublished 9:14 a.m. ET Nov. 27, 2026")]
        public void TheBylineHoldsOnlyTheAuthorWhateverTheHeaderSetsBesideIt(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Maeve Tolland, Port Elder", new[] { "Maeve Tolland" })]
        [InlineData("Maeve Tolland, Harbour City", new[] { "Maeve Tolland" })]
        [InlineData("Maeve Tolland, Daniel Ashby", new[] { "Maeve Tolland", "Daniel Ashby" })]
        [InlineData("Maeve Tolland, Corin Ashby", new[] { "Maeve Tolland", "Corin Ashby" })]
        [InlineData("Maeve Tolland, Daniel Ashby | Nov 27, 2026", new[] { "Maeve Tolland", "Daniel Ashby" })]
        public void APlaceAfterTheAuthorsNameIsNoSecondAuthor(string byline, string[] authors)
        {
            var s = Structure(Headline + byline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(authors, s.Authors);
        }

        [Fact]
        public void NamesOnLinesOfTheirOwnUnderALabelAreSeparateAuthors()
        {
            var s = Structure(Headline + "By\n\nMaeve Tolland\n\nCorin Ashby\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland", "Corin Ashby" }, s.Authors);
        }

        [Theory]
        [InlineData("09:14, 27 Nov 2026Updated 11:20, 27 Nov 2026")]
        [InlineData("27/11/26")]
        [InlineData("27.11.26")]
        [InlineData("11/27/26")]
        [InlineData("27-Nov-2026")]
        [InlineData("27-November-2026 09:14")]
        public void ReadsDatesGluedToTheirLabelOrWrittenShort(string line)
        {
            Assert.True(DatelineDetector.TryReadDateLine(line, out var date));
            Assert.Equal(new DateTime(2026, 11, 27), date);
        }

        [Theory]
        [InlineData("27-11-26")]
        [InlineData("1.2.26")]
        [InlineData("27-Nov-26")]
        [InlineData("27-Brackenford-2026")]
        public void ShortFormsThatNameNoSureDateAreNoDateLine(string line)
        {
            Assert.False(DatelineDetector.TryReadDateLine(line, out _));
        }

        [Theory]
        [InlineData("By Maeve Tolland\n\nNov 27, 2026\n\n3 mins to read")]
        [InlineData("Maeve Tolland\n\nFollow\n\n4 min read\n\n\u00B7\n\nNov 27, 2026")]
        [InlineData("Maeve Tolland\n\nmaeve.tolland@courier.example\n\nNovember 27, 2026")]
        [InlineData("By Maeve Tolland\n\nNovember 27, 2026\n\n12 Comments")]
        [InlineData("Maeve Tolland's avatar\n\nMaeve Tolland\n\nNov 27, 2026\n\n12\n\n3\n\nShare")]
        [InlineData("Photo of Maeve Tolland\n\nMaeve Tolland\n\nNovember 27, 2026")]
        [InlineData("Maeve Tolland\n\nView all posts\n\nNovember 27, 2026")]
        [InlineData("By Maeve Tolland\n\nMore articles by Maeve Tolland\n\nNovember 27, 2026")]
        [InlineData("Written by Maeve Tolland\n\nCategory: Local News\n\nPublished: 27 November 2026\n\nHits: 321")]
        public void FurnitureAmongTheHeadersLinesIsNoBodyText(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.Null(s.Standfirst);
        }

        [Theory]
        [InlineData("The Brackenford Courier")]
        [InlineData("Real Estate")]
        [InlineData("Family & Parenting")]
        public void AMastheadOrASectionOverTheHeadlineIsNoHeadline(string above)
        {
            var s = Structure(above + "\n\n" + Headline + "By Maeve Tolland\n\nNovember 27, 2026" + Body);

            Assert.Equal("Brackenford library to close after roof survey finds cracks", s.Headline);
            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Standfirst);
            Assert.Empty(s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        private const string Release = "Brackenford Council today announced a review of the town's libraries after a survey found cracks in the roof.";

        [Theory]
        [InlineData("BRACKENFORD, Wales, Nov. 27, 2026 /PRNewswire/ -- ", "PRNewswire")]
        [InlineData("BRACKENFORD, Wales--(BUSINESS WIRE)--Nov. 27, 2026-- ", "BUSINESS WIRE")]
        [InlineData("Brackenford, November 27, 2026 \u2014 ", null)]
        public void APressReleasesWireLineOrADatedPlaceOpensTheStory(string prefix, string? agency)
        {
            var s = Structure(Headline + prefix + Release + Body);

            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal("Brackenford", s.Place?.Split(',')[0]);
            Assert.Equal(agency, s.Agency);
            Assert.StartsWith("Brackenford Council today", s.Paragraphs[0].Text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("On Tuesday, November 27, 2026 \u2014 the council met.")]
        [InlineData("Brackenford, the market town \u2014 the council met.")]
        public void ATitleCasePlaceWithoutAWholeDateIsNoDateline(string paragraph)
        {
            var s = Structure(Headline + "By Maeve Tolland" + "\n\n" + paragraph + Body);

            Assert.Null(s.Place);
            Assert.Equal(paragraph, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AWireLineAloneLeavesNoEmptyParagraph()
        {
            var s = Structure("FOR IMMEDIATE RELEASE\n\n" + Headline + "BRACKENFORD, Wales, Nov. 27, 2026 /PRNewswire/ --" + Body);

            Assert.Equal("Brackenford library to close after roof survey finds cracks", s.Headline);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Maeve Tolland is a reporter at the Brackenford Courier.\n\nNov 27, 2026")]
        [InlineData("Maeve Tolland\nMaeve Tolland is a senior reporter covering local government.\n\nNovember 27, 2026")]
        [InlineData("Maeve Tolland covers local government for the Brackenford Courier.\n\nNovember 27, 2026")]
        public void TheAuthorsBiographyOverTheDateNamesTheAuthor(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Maeve Tolland is a mother of three who has lived in Brackenford all her life.\n\nNov 27, 2026")]
        [InlineData("Maeve Tolland is a reporter at the Brackenford Courier.\n\nCouncil members met on Tuesday to vote on the plan, which was put forward in the spring.")]
        public void ASentenceAboutSomeoneElseIsNoBiography(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Empty(s.Authors);
        }

        [Theory]
        [InlineData("By Maeve Tolland | Photos by Corin Ashby")]
        [InlineData("By Maeve Tolland; Photography: Corin Ashby")]
        [InlineData("Story and photos by Maeve Tolland")]
        [InlineData("Text and photos: Maeve Tolland")]
        [InlineData("By Maeve Tolland with additional reporting by Corin Ashby")]
        [InlineData("Maeve Tolland / Brackenford Courier")]
        [InlineData("Maeve Tolland \u2013 Courier reporter")]
        [InlineData("Maeve Tolland | Brackenford Desk Senior Editor")]
        [InlineData("OPINION: Maeve Tolland")]
        [InlineData("Guest author: Maeve Tolland")]
        [InlineData("Columnist: Maeve Tolland")]
        [InlineData("Opinion\n\nMaeve Tolland")]
        [InlineData("This article is more than 2 years old\n\nBy Maeve Tolland")]
        public void CreditsOfOthersJobTitlesAndLabelsBesideTheNameAreNoAuthors(string header)
        {
            var s = Structure(Headline + header + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ACoAuthorAfterWithIsAnAuthor()
        {
            var s = Structure(Headline + "By Maeve Tolland with Corin Ashby\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland", "Corin Ashby" }, s.Authors);
        }

        [Fact]
        public void AnAgencyOnTheLineUnderTheBylineIsTheAgency()
        {
            var s = Structure(Headline + "By Maeve Tolland\nThe Associated Press\n\nNovember 27, 2026" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal("The Associated Press", s.Agency);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Opinion: Save Our Library")]
        [InlineData("Analysis: Brackenford Council")]
        [InlineData("Columnist: Letters to the Editor")]
        public void ALabelThatAlsoHeadsOtherLinesTakesOnlyAPerson(string line)
        {
            var s = Structure(Headline + line + "\n\nNovember 27, 2026" + Body);

            Assert.Empty(s.Authors);
        }

        [Theory]
        [InlineData("\u2014 Maeve Tolland")]
        [InlineData("-- Maeve Tolland, Brackenford Courier")]
        [InlineData("Contact Maeve Tolland at maeve@courier.example or 555-0142.")]
        [InlineData("Follow Maeve Tolland on Twitter @maevet.")]
        [InlineData("Maeve Tolland is a reporter at the Brackenford Courier. Reach her at maeve@courier.example.")]
        [InlineData("Maeve Tolland writes about local government for the Brackenford Courier.")]
        public void TheAuthorsNoteUnderAStoryWithoutBylineNamesTheAuthor(string note)
        {
            var s = Structure(Headline.TrimEnd() + Body + "\n\n" + note);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Tolland", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Mr. Tolland reported the cracks to the council in May.")]
        [InlineData("Maeve Tolland wrote on her blog that the roof had been unsafe for years.")]
        [InlineData("Maeve Tolland joined the library board in 2019 and chairs it now.")]
        [InlineData("Maeve Tolland is a retired teacher who has borrowed books there for forty years.")]
        public void AStorysLastSentenceAboutSomeoneIsNoAuthorsNote(string last)
        {
            var s = Structure(Headline.TrimEnd() + Body + "\n\n" + last);

            Assert.Empty(s.Authors);
            Assert.Equal(last, s.Paragraphs.Last().Text);
        }

        [Theory]
        [InlineData("Follow Maeve Tolland on Twitter to read her daily updates from the library.")]
        [InlineData("Contact Maeve Tolland at the library's front desk.")]
        [InlineData("— Maeve Tolland")]
        public void ANoteNamingTheStorysOwnSubjectIsNoAuthor(string last)
        {
            // The story reports on Maeve Tolland; an invitation to follow her is about her, not written by her.
            var s = Structure(Headline.TrimEnd() + "\n\nThe head librarian, Maeve Tolland, said the roof had leaked for years." + Body + "\n\n" + last);

            Assert.Empty(s.Authors);
        }

        [Fact]
        public void TheHeadersBylineBeatsANoteUnderTheStory()
        {
            var s = Structure(Headline + "By Corin Ashby\n\nNovember 27, 2026" + Body + "\n\nMaeve Tolland is a reporter at the Brackenford Courier.");

            Assert.Equal(new[] { "Corin Ashby" }, s.Authors);
        }

        [Theory]
        [InlineData("Maeve Tolland09:14, Nov 27 2026")]
        [InlineData("Maeve Tolland\n\nBRACKENFORD November 27, 2026 09:14 IST")]
        [InlineData("Maeve Tolland\n\nToday at 09:14\n\nNov 27, 2026")]
        public void ATimeGluedToTheNameAPlaceBeforeTheDateAndTodaysTimeAreHeaderFurniture(string header)
        {
            var s = Structure(Headline + header + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("WESTHAVEN and Brackenford voted on November 27, 2026 to merge.")]
        [InlineData("NATO November 27")]
        public void AWordInCapitalsBeforeADateIsADateLineOnlyWhenTheRestIsTheWholeDate(string line)
        {
            Assert.NotEqual(DateLineKind.Day, DatelineDetector.ReadDateLine(line, out _));
        }
    }
}
