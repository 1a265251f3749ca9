using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 13 (header): page tops from blogs, magazines and small sites no corpus holds, written here as invented
    /// pages (invented names, places and publications). A page's controls and a row of tags are no authors; a paper glued to
    /// the author's name by a slash is her employer, not a second author.
    /// </summary>
    public class HeaderRound12Tests
    {
        // --- Page controls a copied header keeps: a theme's menu button, a cookie box's switch. ---

        [Theory]
        [InlineData("Select Page")]
        [InlineData("Always Active")]
        [InlineData("No cookies to display.")]
        public void APageControlUnderTheHeadlineIsNoAuthor(string control)
        {
            var s = Structure(Headline + "\n\n" + control + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void APageControlOverTheBylineLeavesTheBylineItsAuthor()
        {
            var s = Structure(Headline + "\n\nAlways Active\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A blog's reading time glued to its date, and the blog's name under the author. ---

        [Theory]
        [InlineData("Ailbe Morrow\n4 min readApr 21, 2023")]
        [InlineData("Ailbe Morrow\nThe Westhaven Blog\n4 min readApr 21, 2023")]
        [InlineData("Ailbe Morrow\nThe Westhaven Blog\n12 min read · Apr 21, 2023")]
        public void AReadingTimeGluedToTheDateStillDatesThePage(string meta)
        {
            var s = Structure(Headline + "\n\n" + meta + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2023, 4, 21), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A blog's kicker over the headline. ---

        [Theory]
        [InlineData("Blog Post")]
        [InlineData("Travel Blogging")]
        public void ABlogsKickerOverTheHeadlineIsNoHeadline(string kicker)
        {
            var s = Structure(kicker + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains(kicker));
        }

        // --- A picture's placeholder over the headline. ---

        [Theory]
        [InlineData("no image")]
        [InlineData("No Image Available")]
        public void APicturesPlaceholderOverTheHeadlineIsNoHeadline(string placeholder)
        {
            var s = Structure(placeholder + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A job title alone where the byline stands. ---

        [Theory]
        [InlineData("News Editor")]
        [InlineData("Senior Staff Writer")]
        public void AJobTitleAloneUnderTheHeadlineNamesNoOneAndLeavesTheBody(string title)
        {
            var s = Structure(Headline + "\n\n" + title + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AJobTitleUnderTheAuthorsNameLeavesHerTheAuthor()
        {
            var s = Structure(Headline + "\n\nAilbe Morrow\nPolitical Editor" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A row of tags printing one county once per tag. ---

        [Theory]
        [InlineData("Westshire Westshire Westshire")]
        [InlineData("Kestrel Kestrel Kestrel Kestrel")]
        public void OneWordPrintedAgainAndAgainIsATagRowNotAName(string row)
        {
            var s = Structure(Headline + "\n\n" + row + Body);

            Assert.Empty(s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains(row));
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ATagRowBesideTheBylineLeavesTheBylineItsAuthor()
        {
            var s = Structure(Headline + "\n\nWestshire Westshire Westshire\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
        }

        // --- The paper glued to the author's name by a slash. ---

        [Theory]
        [InlineData("By Ailbe Morrow/Westhaven Daily Journal", "Ailbe Morrow")]
        [InlineData("By Ailbe Morrow/KDJ Daily Journal", "Ailbe Morrow")]
        [InlineData("By Ailbe Morrow/Kestrel Courier", "Ailbe Morrow")]
        [InlineData("By Ailbe Morrow / Kestrel Courier", "Ailbe Morrow")]
        public void APaperGluedToTheNameByASlashIsHerEmployer(string line, string author)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { author }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void TwoPeopleJoinedByASlashAreStillTwoAuthors()
        {
            var s = Structure(Headline + "\n\nBy Ailbe Morrow/Rhys Abernethy" + Body);

            Assert.Equal(new[] { "Ailbe Morrow", "Rhys Abernethy" }, s.Authors);
        }
    }
}
