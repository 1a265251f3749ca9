using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A label set over the headline (a section, a section path, a region, a blog's kicker, a press office, a review
    /// section, a site's or parish paper's masthead, a newsletter's title, a picture's placeholder) is no headline.
    /// </summary>
    public class LabelOverTheHeadlineTests
    {
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

        // --- A region's label over the headline, with the standfirst between the headline and the byline. ---
        [Fact]
        public void ARegionsLabelOverHeadlineAndStandfirstIsNoHeadline()
        {
            var s = Structure("Westshire\n\n" + Headline + "\n\nCrews spent the winter replacing the engine mounts\n\nAilbe Morrow · Posted: Nov 27, 2023" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
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

        // --- A small site's name over its menu copied as one row, or over its section path. ---
        [Theory]
        [InlineData("Notes from a Quiet Harbour\n\nHome   About   Archive   Subscribe")]
        [InlineData("Kestrel Point Log\n\nPosts   Tags   About")]
        [InlineData("Birdwatch Kestrel Point\n\nHome » News » Sightings")]
        public void ASitesNameOverItsMenuIsNoHeadline(string top)
        {
            var s = Structure(top + "\n\n" + Headline + "\n\nBy Orla Penhallow" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        // --- A newsletter's title over the post's headline, the author alone under the standfirst, the date under the name. ---
        [Fact]
        public void ANewslettersTitleOverThePostIsNoHeadline()
        {
            var s = Structure("The Kestrel Letter\n\n" + Headline + "\n\nThe boat is back, and so are the summer timetables\n\nOrla Penhallow\nMar 3, 2024" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }

        // --- A section's or a parish paper's masthead over the headline. ---
        [Fact]
        public void ASectionLabelOverAHeadlineWithTheNameOverItsTitleIsNoHeadline()
        {
            var s = Structure("Harbours\n\n" + Headline + "\n\nOrla Penhallow\nSenior News Writer\nUpdated Mar 3, 2024 10:41 am" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Penhallow" }, s.Authors);
        }

        [Fact]
        public void AMastheadOfFourWordsClosingOnNewsIsNoHeadline()
        {
            var s = Structure("St Keverne's Parish News\n\n" + Headline + "\n\nPosted on 3rd March 2024" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new System.DateTime(2024, 3, 3), s.Date);
        }
    }
}
