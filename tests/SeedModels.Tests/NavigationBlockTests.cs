using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11: a site's menu or section path copied over the headline as one block of short lines (no blank line between),
    /// and a section label whose parts a middle dot or bullet parts. Read as a paragraph, the menu left the page with no
    /// headline (SEED001) and the menu in the body. Invented pages (invented sites, places and people).
    /// </summary>
    public class NavigationBlockTests
    {
        [Theory]
        [InlineData("NEWS\nLocal\nWeather\nSport")]
        [InlineData("News\nCounties")]
        [InlineData("Westhaven University\nNews and events / Research news")]
        [InlineData("Home\nNews\nBusiness\nMarkets\nPersonal finance")]
        public void AMenuCopiedAsOneBlockOverTheHeadlineIsFurniture(string menu)
        {
            var s = Structure(menu + "\n\n" + Headline + "\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Ailbe Morrow" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AMenuOverAHeadlineWithNoBylineStillGivesTheHeadline()
        {
            var s = Structure("News\nLocal\nWeather\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Weather"));
        }

        [Theory]
        [InlineData("TRAVEL  \u00B7  FOOD & DRINK")]
        [InlineData("Travel \u2022 Food")]
        public void ASectionLabelPartedByAMiddleDotIsNoHeadline(string label)
        {
            var s = Structure(label + "\n\n" + Headline + "\n\nBy Ailbe Morrow" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        // --- What a menu is not: the block over the byline is the headline's own lines, or its lines close sentences. ---

        [Fact]
        public void AHeadlineWrappedOverTwoLinesIsNotAMenu()
        {
            var s = Structure("Harbour ferry returns to service\nafter winter repairs at Dunmore\n\nBy Ailbe Morrow" + Body);

            Assert.Equal("Harbour ferry returns to service after winter repairs at Dunmore", s.Headline);
        }

        [Fact]
        public void ABlockOfShortSentencesOverTheHeadlineIsNotAMenu()
        {
            var s = Structure("Ferry back.\nCrews pleased.\n\n" + Headline + Body);

            Assert.NotEqual(Headline, s.Headline);
        }

        [Fact]
        public void AMenuIsNotReadOverALineNoLongerThanItsEntries()
        {
            // Under the menu a line of three words, as long as an entry: no headline is made of it.
            var s = Structure("News\nLocal Sport\n\nHarbour ferry back" + Body);

            Assert.NotEqual("Harbour ferry back", s.Headline);
        }
    }
}
