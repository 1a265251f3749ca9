using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.PortVeldraFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// A caption sharing a block with other lines: whom the picture shows before "pictured" is a caption, alt text over
    /// its caption leaves the body, while a sentence before a colon, a story line after a blank line or a heading under
    /// the caption stays the story's.
    /// </summary>
    public class CaptionInsideABlockTests
    {
        [Fact]
        public void WhomThePictureShowsBeforePicturedIsACaptionInsideABlock()
        {
            const string caption = "Harbour master Otto Brenn: Pictured with board chair Ada Kolwe at the pier";
            var s = Structure(Top + caption + "\nThe harbour master told the board the pier would need new piles within five years." + End);

            Assert.Equal(new[] { (caption, (string?)null) }, s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The harbour master told", StringComparison.Ordinal));
        }

        [Fact]
        public void ASentenceBeforeAColonOverTheStorysWordsStays()
        {
            const string line = "The board's chair told members in a long statement after the vote: Pictured or not, the pier is failing and must be rebuilt.";
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void AHeadingUnderACaptionStaysACrosshead()
        {
            var s = Structure(Top + "Captain Ilse Marrow on the bridge of the Senn Star on Tuesday.\n\nThe Great Storm\n\n" + Middle + End);

            Assert.Equal(new[] { "The Great Storm" }, s.Crossheads);
        }

        [Fact]
        public void AltTextOverItsCaptionInTheSameBlockLeavesTheBody()
        {
            var s = Structure(Top + "a ferry at a pier in the evening light\nA ferry leaves the inner harbour at dusk.(Supplied: Lena Haav)" + End);

            Assert.Equal(new[] { ("A ferry leaves the inner harbour at dusk.", (string?)"Supplied: Lena Haav") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("evening light"));
        }

        [Fact]
        public void ALineOfTheStoryAfterABlankLineOverACaptionStays()
        {
            const string line = "Commuters had asked for the change for years";
            var s = Structure(Top + line + "\n\nA ferry leaves the inner harbour at dusk.(Supplied: Lena Haav)" + End);

            // Read as the story's paragraph or as a crosshead over the picture, never dropped as the picture's alt text.
            Assert.True(s.Paragraphs.Any(p => p.Text == line) || s.Crossheads.Contains(line));
        }
    }
}
