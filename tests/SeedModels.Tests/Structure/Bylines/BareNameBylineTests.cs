using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// A name alone on its line is the byline (also printed again under the story) unless something shows it is not: a
    /// labelled byline under it, the name and role printed twice as a picture's text, a page control, or a tag row
    /// repeating one word.
    /// </summary>
    public class BareNameBylineTests
    {
        // --- A portrait's caption over the labelled byline: the byline is the labelled one. ---
        [Theory]
        [InlineData("Mr. Tomas Brennick, Westhaven Online Editor", "By Ailbe Morrow", "Ailbe Morrow")]
        [InlineData("Harbourmaster Ines Valcourt", "By Ailbe Morrow", "Ailbe Morrow")]
        [InlineData("Tomas Brennick, Harbour Board Chair", "Written by Ailbe Morrow and Rhys Abernethy", "Ailbe Morrow, Rhys Abernethy")]
        public void ANameLineOverALabelledBylineIsNoAuthor(string portrait, string byline, string authors)
        {
            var s = Structure(Headline + "\n\nFebruary 16, 2026\n\n" + portrait + "\n\n" + byline + Body);

            Assert.Equal(authors.Split(", "), s.Authors);
            Assert.Equal(new DateTime(2026, 2, 16), s.Date);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ANameLineAloneIsStillTheByline()
        {
            // The same line with no labelled byline under it is the byline, as before.
            var s = Structure(Headline + "\n\nFebruary 16, 2026\n\nTomas Brennick, Political Editor" + Body);

            Assert.Equal(new[] { "Tomas Brennick" }, s.Authors);
        }

        [Fact]
        public void ANameAndRolePrintedTwiceIsAPicturesTextNotTheByline()
        {
            // The picture's alternative text and its caption, both copied: the same "Name, role" line twice.
            var caption = "Mr. Tomas Brennick, Westhaven Online Editor";
            var s = Structure(Headline + "\n\n" + caption + "\n\n" + caption + Body);

            Assert.Empty(s.Authors);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
        }

        [Fact]
        public void ABareNamePrintedAgainUnderTheStoryIsStillTheAuthor()
        {
            // The author's box under the story repeats her name alone: she is still the author.
            var s = Structure(Headline + "\n\nOrla Brannigan" + Body + "\n\nOrla Brannigan\n\nOrla Brannigan covers the harbour for the Westhaven Courier.");

            Assert.Equal(new[] { "Orla Brannigan" }, s.Authors);
        }

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
    }
}
