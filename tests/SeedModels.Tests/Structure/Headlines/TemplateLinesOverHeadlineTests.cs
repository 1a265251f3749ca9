using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The template's lines over the headline (the site's line, a widgets row, a breadcrumb glued to the headline) are
    /// furniture, while the headline itself, ending with a full stop, set in square brackets or ending in the next
    /// line's words, stays the headline.
    /// </summary>
    public class TemplateLinesOverHeadlineTests
    {
        // --- The site's lines over the headline. ---
        [Theory]
        [InlineData("Total Pageviews")]
        [InlineData("Not currently logged in")]
        [InlineData("By allowing ads to appear on this site, you support the shops that support the Kestrel Point Record.")]
        public void TheSitesLineOverTheHeadlineIsNoHeadline(string top)
        {
            var s = Structure(top + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AHeadlineEndingWithAFullStopIsStillTheHeadline()
        {
            // A headline with a full stop that speaks of no site stays the headline.
            var s = Structure("Kestrel Point ferry returns to service." + Body);

            Assert.Equal("Kestrel Point ferry returns to service.", s.Headline);
        }

        // --- The template's widgets and buttons over the headline. ---
        [Theory]
        [InlineData("| 11.4°C Westhaven")]
        [InlineData("[Valid Feed 2.0]")]
        [InlineData("Skip to main content\nx")]
        [InlineData("Skip to main content\n\u00D7")]
        [InlineData("48 °F Kestrel Point")]
        public void AWidgetsLineOverTheHeadlineIsFurniture(string widget)
        {
            var s = Structure(widget + "\n\n" + Headline + "\n\nBy Orla Brannigan" + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Equal(new[] { "Orla Brannigan" }, s.Authors);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void AHeadlineInSquareBracketsAloneIsStillTheHeadline()
        {
            // With no longer headline-shaped line under it, the first line stays the headline.
            var s = Structure("[Updated] Ferry timetable" + Body);

            Assert.Equal("[Updated] Ferry timetable", s.Headline);
        }

        [Fact]
        public void ABreadcrumbGluedToTheHeadlineIsFurniture()
        {
            // "Home Travel" lost its marks in the copy and runs into the headline, which the page prints again under it.
            var s = Structure("Home Travel" + Headline + "\n\n" + Headline + Body);

            Assert.Equal(Headline, s.Headline);
            Assert.Null(s.Standfirst);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AHeadlineEndingInTheNextLinesWordsIsNotABreadcrumbUnlessItsStartIsSectionWords()
        {
            // "Storm damage" is no section's name: the first line is the headline, the second its echo cut short.
            var s = Structure("Storm damage closes the harbour" + "\n\n" + "closes the harbour" + Body);

            Assert.Equal("Storm damage closes the harbour", s.Headline);
        }
    }
}
