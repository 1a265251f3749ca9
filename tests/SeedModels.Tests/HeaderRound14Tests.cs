using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Round 14 (header): page tops of press offices, review sites and regional papers no corpus holds, written here as
    /// invented pages (invented names, places and publications). A section's path over the headline is no headline; a
    /// press release's date has its own label; a byline may be labelled as the article's author.
    /// </summary>
    public class HeaderRound14Tests
    {
        // --- A section and its sub-section copied as one block over the headline. ---

        [Theory]
        [InlineData("Reviews\nSmartphones")]
        [InlineData("Travel\nCroatia")]
        public void ASectionPathOfTwoLinesOverTheHeadlineIsNoHeadline(string path)
        {
            var s = Structure(path + "\n\n" + Headline + "\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains(path.Substring(0, 4)));
        }

        // --- A press office's labels over its release's title. ---

        [Theory]
        [InlineData("Media release")]
        [InlineData("Press release")]
        [InlineData("Top stories")]
        public void ASectionLabelInSentenceCaseIsNoHeadline(string label)
        {
            var s = Structure(label + "\n\n" + Headline + "\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void TheIssuingOfficeOverAReleaseIsNoHeadline()
        {
            var s = Structure("Media release\n\nMinistry of Harbour Affairs\n\n" + Headline + "\n\nRelease date: 4 September 2023" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new System.DateTime(2023, 9, 4), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The author named by a label of several words. ---

        [Theory]
        [InlineData("Author of the article: Ailbe Morrow")]
        [InlineData("Article by Ailbe Morrow")]
        [InlineData("Review by Ailbe Morrow")]
        public void ALongerAuthorLabelStillOpensTheByline(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A name and the date parted by a bar or a middle dot: a byline with its date, not a section's date line. ---

        [Theory]
        [InlineData("Ailbe Morrow | Nov 27, 2023")]
        [InlineData("Ailbe Morrow · Posted: Nov 27, 2023")]
        [InlineData("Ailbe Morrow · Kestrel Radio · Posted: Nov 27, 2023 6:00 AM AST | Last Updated: November 27, 2023")]
        public void ANameBeforeTheDateAcrossABarIsTheAuthor(string line)
        {
            var s = Structure(Headline + "\n\n" + line + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2023, 11, 27), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ASectionBeforeTheDateAcrossABarStillNamesNoOne()
        {
            var s = Structure(Headline + "\n\nLocal News | Nov 27, 2023" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(new System.DateTime(2023, 11, 27), s.Date);
        }

        // --- A region's label over the headline, with the standfirst between the headline and the byline. ---

        [Fact]
        public void ARegionsLabelOverHeadlineAndStandfirstIsNoHeadline()
        {
            var s = Structure("Westshire\n\n" + Headline + "\n\nCrews spent the winter replacing the engine mounts\n\nAilbe Morrow · Posted: Nov 27, 2023" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The author's faculty after her name. ---

        [Fact]
        public void AFacultyAfterTheNameIsHerEmployer()
        {
            var s = Structure(Headline + "\n\nStory by Ailbe Morrow, Faculty of Science" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        // --- A review site's section over the reviewed record's title. ---

        [Fact]
        public void AnAlbumReviewsSectionIsNoHeadline()
        {
            const string title = "The Quarry Lanterns – Slow Harbour Songs";
            var s = Structure("Album Reviews\n\n" + title + "\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(title, s.Headline);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- The update's half of a date line, set on the next line. ---

        [Fact]
        public void AnUpdateLineGoingOnFromTheDateLineIsNoBody()
        {
            var s = Structure(Headline + "\n\nBy: Ailbe Morrow\nPosted at 5:12 PM, Apr 02, 2024\nand last updated 7:45 PM, Apr 02, 2024" + Body);

            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 4, 2), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- A site's user name on the line under a byline's label. ---

        [Theory]
        [InlineData("Article by\nwesthavenweb")]
        [InlineData("By\njane_roe")]
        public void AUserNameUnderTheLabelNamesNoOneAndLeavesTheBody(string byline)
        {
            var s = Structure(Headline + "\n\n" + byline + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }
    }
}
