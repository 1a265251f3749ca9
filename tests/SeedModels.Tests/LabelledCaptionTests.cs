using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 3: captions a label names as one (<c>Image caption, …</c>, <c>Caption: …</c>), with the credit's
    /// label on the line before (<c>Image source, …</c>) or before the caption's label on the same line.
    /// </summary>
    public class LabelledCaptionTests
    {
        private const string Top = "Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n";
        private const string End = "\n\nA decision on the new pier is due in the spring, the board said. Work would start next year.";

        [Theory]
        [InlineData("Image caption, Divers inspect the pier's supports on Friday")]
        [InlineData("Image caption: Divers inspect the pier's supports on Friday")]
        [InlineData("Caption: Divers inspect the pier's supports on Friday")]
        [InlineData("Media caption, Divers inspect the pier's supports on Friday")]
        public void TheTextAfterACaptionsLabelIsTheCaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Divers inspect the pier's supports on Friday", (string?)null) }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Divers", StringComparison.Ordinal));
        }

        [Fact]
        public void ACreditsLabelOnTheLineBeforeCreditsTheCaptionAfterIt()
        {
            var s = Structure(Top + "Image source, Harbour Trust\nImage caption, Divers inspect the pier's supports on Friday, a day before the vote" + End);

            Assert.Equal(new[] { ("Divers inspect the pier's supports on Friday, a day before the vote", (string?)"Harbour Trust") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ACreditsLabelAndCreditBeforeTheCaptionsLabelOnOneLine()
        {
            var s = Structure(Top + "Image copyright Harbour Trust Image caption Divers inspect the pier's supports" + End);

            Assert.Equal(new[] { ("Divers inspect the pier's supports", (string?)"Harbour Trust") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AVideoLinksLabelIsNoCreditForTheLineAboveIt()
        {
            var s = Structure(Top + "HARBOUR WATCH: Your pictures of the pier\n\nVIDEO: How the old pier was built" + End);

            Assert.Empty(s.Captions);
        }

        [Fact]
        public void AVideosCreditAfterItsLabelStillCreditsTheCaption()
        {
            var s = Structure(Top + "Divers inspect the pier's supports on Friday.\nVideo: Ines Calloway/Harbour Trust" + End);

            Assert.Equal(new[] { ("Divers inspect the pier's supports on Friday.", (string?)"Ines Calloway/Harbour Trust") }, s.Captions);
        }

        [Theory]
        [InlineData("Image captions are written by the desk under tight deadlines, the editor said.")]
        [InlineData("Captions matter, the editor said, because readers look at pictures first.")]
        public void ASentenceAboutCaptionsIsBody(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }
    }
}
