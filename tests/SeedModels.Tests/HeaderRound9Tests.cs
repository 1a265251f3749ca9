using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 9: header shapes read off the tops of real pages from publishers no corpus holds (local news, wire
    /// copy, blogs, trade and regional papers, press-release sites) and written here as invented pages (invented names,
    /// places and publications): the site's template lines over the headline, a summary line without a full stop between
    /// the headline and the story, a place alone over the date, a wire's name with the place it files from, staff bylines.
    /// </summary>
    public class HeaderRound9Tests
    {
        private const string Headline = "Brackenford library to close after roof survey finds cracks";

        private const string Body =
            "\n\nCouncil members in Brackenford voted on Tuesday to close the old library on Elm Street after a survey found cracks in its roof beams." +
            " Engineers had warned the council in the spring." +
            "\n\nThe building will stay shut while engineers decide whether the roof can be repaired, the council said.";

        private const string FirstBody = "Council members in Brackenford voted on Tuesday";

        [Theory]
        [InlineData("Connect with us")]
        [InlineData("Accessibility links")]
        [InlineData("print logo")]
        [InlineData("Harbour Gazette logo")]
        [InlineData("LOGO")]
        [InlineData("Archive for November 27th, 2026")]
        public void TheTemplatesLineOverTheHeadlineIsNoHeadline(string top)
        {
            var s = Structure(top + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void TheTemplatesLinesOverASectionNameAndTheHeadlineAreSkippedTogether()
        {
            var s = Structure("Accessibility links\n\nLocal News\n\n" + Headline + "\n\nNovember 27, 2026" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        private const string Dek = "Library users say the decision leaves the town without a reading room";

        [Fact]
        public void ASummaryLineWithoutAFullStopOverTheStoryIsTheStandfirst()
        {
            var s = Structure(Headline + "\n\n" + Dek + Body);

            Assert.Equal(Dek, s.Standfirst?.Text);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ASummaryLineOverAWireDatelineIsTheStandfirst()
        {
            var s = Structure(Headline + "\n\n" + Dek + "\n\nBRACKENFORD \u2013 " + Body.TrimStart('\n'));

            Assert.Equal(Dek, s.Standfirst?.Text);
            Assert.Equal("Brackenford", s.Place);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ASummaryLineUnderAHeadlineDatedAboveItIsTheStandfirst()
        {
            var s = Structure("Thursday, November 26, 2026\n\n" + Headline + "\n\n" + Dek + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new DateTime(2026, 11, 26), s.Date);
            Assert.Equal(Dek, s.Standfirst?.Text);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ALineOfLabelsPartedByDashesIsNoStandfirst()
        {
            // "Paper - Section - Name": the page's labels, though the line has a dek's length and no full stop.
            var s = Structure(Headline + "\n\nWesthaven Post - Homes - HOMES - Tobias Renwick" + Body);

            Assert.Null(s.Standfirst);
        }

        [Theory]
        [InlineData("By Staff The Canadian Press", "The Canadian Press")]
        [InlineData("By Staff, Associated Press", "Associated Press")]
        public void TheStaffOfAWireNameNoPerson(string line, string wire)
        {
            var s = Structure(Headline + "\n\n" + line + "\nPosted November 27, 2026 5:43 pm" + Body);

            Assert.Equal(new[] { wire }, s.Authors);
            Assert.Equal(wire, s.Agency);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void TheStaffOfAnUnknownPaperNameNoAuthor()
        {
            // "Staff The" was returned as a person's name; the paper's staff sign no person, and the paper is no wire.
            var s = Structure(Headline + "\n\nBy Staff The Harbour Press\nPosted November 27, 2026 5:43 pm" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
        }

        [Theory]
        [InlineData("Reuters Port Elmsworth", "Reuters", "Port Elmsworth")]
        [InlineData("Press Trust of India Brackenford", "Press Trust of India", "Brackenford")]
        public void AWireWithThePlaceItFilesFromSignsTheStory(string line, string wire, string place)
        {
            var s = Structure(Headline + "\n\n" + line + "\n\nLast Updated : Nov 27 2026 | 3:32 PM IST" + Body);

            Assert.Equal(new[] { wire }, s.Authors);
            Assert.Equal(place, s.Place);
            Assert.Equal(new DateTime(2026, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("Published\n\non")]
        [InlineData("Last updated:")]
        public void ADatesLabelWhoseDateWasLostIsFurniture(string lines)
        {
            var s = Structure(Headline + "\n\n" + lines + "\n\nBy Maeve Tolland" + Body);

            Assert.Equal(new[] { "Maeve Tolland" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
