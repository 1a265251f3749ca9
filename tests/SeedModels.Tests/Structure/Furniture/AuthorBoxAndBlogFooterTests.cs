using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// What a blog or a think tank sets under the story: the author box's biography saying what the author does in the
    /// present, the disclaimer that the views are the author's, the theme's filing line (<c>Categorized as …</c>), and the
    /// box's label over a user name. None of it is the story, and the user name's line is no crosshead.
    /// </summary>
    public class AuthorBoxAndBlogFooterTests
    {
        private const string Story = Headline + "\n\nBy Ngozi Adeyemi-Hart" + Body;

        [Fact]
        public void ABiographyUnderTheBoxsLabelSayingWhatTheAuthorDoesIsNoStory()
        {
            const string bio = "Ngozi Adeyemi-Hart leads the harbour institute's ferry research. She previously worked for the port authority.";
            var s = Structure(Story + "\n\nAbout the author\n\n" + bio);

            Assert.DoesNotContain(s.Paragraphs, p => p.Text == bio);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("View all of Ngozi Adeyemi-Hart's posts.")]
        [InlineData("More articles by Ngozi Adeyemi-Hart")]
        public void TheLinkToTheAuthorsOtherPostsIsFurnitureWhereverItStands(string link)
        {
            // Read beside the byline only, so under an author's box at the page's end it stayed the story's last paragraph.
            Assert.True(BoilerplateDetector.IsBoilerplate(link, out _), link);
        }

        [Theory]
        [InlineData("The views in this commentary are the author's and do not necessarily reflect those of the harbour institute.")]
        [InlineData("The opinions in this post are the writer's own.")]
        public void AViewsDisclaimerIsNoStory(string line)
        {
            var s = Structure(Story + "\n\n" + line);

            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void TheThemesFilingLineAndTheBoxsUserNameAreNoStoryNorHeading()
        {
            var s = Structure(Story + "\n\nCategorized as Ferries Tagged harbour, winter, repairs\n\nBy harbourwatcher\n\nThe harbour watcher rides the ferry every week.");

            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Categorized", System.StringComparison.Ordinal));
            Assert.DoesNotContain("By harbourwatcher", s.Crossheads);
        }
    }
}
