using System;
using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 3: captions and credits as pages print them — unlabelled credits, other brackets and labels,
    /// caption and credit on two lines, alt text repeated, gallery captions — and what is no caption: body sentences,
    /// one-sentence paragraphs that report speech, figures in a box of facts.
    /// </summary>
    public class CaptionCreditTests
    {
        private const string Top = "Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n";
        private const string End = "\n\nA decision on the new pier is due in the spring, the board said. Work would start next year.";

        [Theory]
        [InlineData("Divers inspect the pier's supports on Friday. Supplied", "Divers inspect the pier's supports on Friday.", "Supplied")]
        [InlineData("The board met for six hours. AP", "The board met for six hours.", "AP")]
        [InlineData("Board chair Tomas Reyes after the vote. Ines Calloway/Harbour Gazette", "Board chair Tomas Reyes after the vote.", "Ines Calloway/Harbour Gazette")]
        [InlineData("Board chair Tomas Reyes leaves the hall on Monday Ines Calloway/via Reuters", "Board chair Tomas Reyes leaves the hall on Monday", "Ines Calloway/via Reuters")]
        [InlineData("The pier was built in 1908 AP Photo/Ines M. Calloway", "The pier was built in 1908", "AP Photo/Ines M. Calloway")]
        [InlineData("Boats moored off the pier at dawn Getty Images", "Boats moored off the pier at dawn", "Getty Images")]
        [InlineData("Divers inspect the pier's supports. (Harbour Trust)", "Divers inspect the pier's supports.", "Harbour Trust")]
        [InlineData("Divers inspect the pier's supports. (AP Photo/Ines Calloway) AP Photo", "Divers inspect the pier's supports.", "AP Photo/Ines Calloway")]
        [InlineData("Divers inspect the pier's supports. Photo by Ines Calloway/Bloomberg", "Divers inspect the pier's supports.", "Ines Calloway/Bloomberg")]
        [InlineData("Diving team at the pier Image Credits: Harbour Trust", "Diving team at the pier", "Harbour Trust")]
        [InlineData("Divers at the pier - Copyright Ines Calloway/AFP", "Divers at the pier", "Ines Calloway/AFP")]
        [InlineData("Divers at the pier. Photo: Ines Calloway/Harbour Trust for The Gazette via Agency Images Divers at the pier", "Divers at the pier.", "Ines Calloway/Harbour Trust for The Gazette via Agency Images")]
        [InlineData("Divers inspect the pier's supports. [Ines Calloway/Harbour Gazette]", "Divers inspect the pier's supports.", "Ines Calloway/Harbour Gazette")]
        [InlineData("Divers at the pier on Friday [Photo: Harbour Trust]", "Divers at the pier on Friday", "Harbour Trust")]
        [InlineData("Divers inspect the pier's supports. Photo / Ines Calloway", "Divers inspect the pier's supports.", "Ines Calloway")]
        [InlineData("Ines Calloway (Supplied)", "Ines Calloway", "Supplied")]
        public void ReadsCaptionsWithTheirCredits(string line, string text, string credit)
        {
            Assert.True(CaptionDetector.TryReadCaptionLine(line, out var readText, out var readCredit, unlabelledCredit: true));
            Assert.Equal(text, readText);
            Assert.Equal(credit, readCredit);
        }

        [Fact]
        public void AnAgencysNoticeInCapitalsIsNeitherCaptionNorCredit()
        {
            const string line = "Smoke rises from the pier in this picture obtained from social media. @harbourwatch/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES.";

            Assert.True(CaptionDetector.TryReadCaptionLine(line, out var text, out var credit, unlabelledCredit: true));
            Assert.Equal("Smoke rises from the pier in this picture obtained from social media.", text);
            Assert.Equal("@harbourwatch/via REUTERS", credit);
        }

        [Theory]
        [InlineData("Tomas Reyes (left) with engineer Petra Lind at the pier")]
        [InlineData("Board members, from left: Tomas Reyes, Petra Lind and Ines Calloway")]
        [InlineData("Pictured above: Tomas Reyes and Petra Lind at the pier")]
        [InlineData("Harbour board members from left: Tomas Reyes, Petra Lind and Ines Calloway")]
        [InlineData("0:01:12 Divers inspect the pier's supports \u2013 video")]
        public void ALinePlacingPeopleOrAVideosCaptionIsACaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Single(s.Captions);
            Assert.Null(s.Captions[0].Credit);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("Photograph of the old ferry pier at low tide")]
        [InlineData("A screenshot of the harbour board's website")]
        public void APicturesAltTextAloneBetweenParagraphsIsACaption(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line, (string?)null) }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void ACaptionAndItsCreditOnTwoLines()
        {
            var s = Structure(Top + "Boats moored off the old pier at dawn\n\nGetty Images" + End);

            Assert.Equal(new[] { ("Boats moored off the old pier at dawn", (string?)"Getty Images") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Boats moored off the old pier at dawn", "Ines Calloway/Portavon Gazette")]
        [InlineData("Divers inspect the pier's supports on Friday.", "Ines Calloway/Portavon Gazette")]
        [InlineData("Divers inspect the pier's supports on Friday.", "Getty Images")]
        [InlineData("This week's Portavon Gazette front page", "The Portavon Gazette")]
        [InlineData("The first issue of the harbour paper, 1908", "The Harbour Weekly")]
        public void ACaptionAndAPhotographersCreditNamingThePaperOnTwoLines(string caption, string credit)
        {
            var s = Structure(Top + caption + "\n\n" + credit + End);

            Assert.Equal(new[] { (caption, (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ABareCreditUnderAParagraphOfProseLeavesTheParagraphInTheBody()
        {
            var s = Structure(Top + "“We will miss the old pier,” said harbour master Ines Calloway.\n\nGetty Images" + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("“We will miss", StringComparison.Ordinal));
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == "Getty Images");
        }

        [Fact]
        public void ACreditWithNoCaptionIsNeitherCaptionNorBody()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nImage Credits: Harbour Trust\n\nThe harbour board met on Monday. The vote was close." + End);

            Assert.Empty(s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Image Credits", StringComparison.Ordinal));
        }

        [Fact]
        public void AltTextRepeatingTheCaptionIsKeptOnce()
        {
            var s = Structure(Top + "Divers inspect the pier's supports on Friday.\nDivers inspect the pier's supports on Friday. Source: Harbour Trust" + End);

            Assert.Equal(new[] { ("Divers inspect the pier's supports on Friday.", (string?)"Harbour Trust") }, s.Captions);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Divers", StringComparison.Ordinal));
        }

        [Fact]
        public void EveryCaptionOfAGalleryIsACaption()
        {
            var s = Structure(
                "Harbour board votes to close the old ferry pier\n\n" +
                "1 of 2 |\n\nThe old ferry pier at low tide on Sunday.\n\nRead More\n\n" +
                "2 of 2 |\n\nBoard members arrive for the vote on Monday.\n\nRead More\n\n" +
                "By Nora Quill\n\nThe harbour board met on Monday. The vote was close." + End);

            Assert.Equal(new[] { "The old ferry pier at low tide on Sunday.", "Board members arrive for the vote on Monday." }, s.Captions.Select(c => c.Text));
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("of 2", StringComparison.Ordinal) || p.Text == "Read More");
        }

        [Theory]
        [InlineData("He points out that the pier was rebuilt twice in the last century.")]
        [InlineData("Board chair Tomas Reyes says the pier costs too much to keep.")]
        [InlineData("During repairs in April, divers found the supports rotten.")]
        [InlineData("International maritime law bars ships from mooring as those rules apply to all piers.")]
        [InlineData("Officials considering closing the pier faced angry residents.")]
        [InlineData("Quill lost her seat but was ultimately proved right: In 2001, the ferry company filed for bankruptcy.")]
        [InlineData("Here is what we have learned on the money front:")]
        [InlineData("Council members in Portavon voted on Tuesday to close the old pier.")]
        [InlineData("Police officers at the harbour arrested two men after a short chase.")]
        [InlineData("The board's minutes say the vote was \u201Cunanimous\u201D [sic] and final.")]
        [InlineData("The chair said the pier would close. [Editor's note: the vote was later overturned.]")]
        [InlineData("-One survey puts the pier's supporters 16 points ahead. [Harbour Polling/Westhaven Trust]")]
        [InlineData("- Ferry use fell by a third last year. (Harbour Board/Port Office)")]
        public void BodySentencesAreNoCaptions(string sentence)
        {
            var s = Structure(Top + sentence + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Council members in Portavon voted on Tuesday to close the old pier.")]
        [InlineData("Ferry crews across the county expect a busy summer on the water.")]
        public void AOneSentenceFirstParagraphUnderAStandfirstStaysBody(string sentence)
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\nThe vote ends a century of crossings from the town.\n\nBy Nora Quill\n\n" + sentence + End);

            Assert.Equal("The vote ends a century of crossings from the town.", s.Standfirst?.Text);
            Assert.Empty(s.Captions);
            Assert.Equal(sentence, s.Paragraphs[0].Text);
        }

        [Theory]
        [InlineData("42: Per cent of residents who want the pier kept (Harbour Survey)")]
        [InlineData("3rd: Place of the pier in the county's list of landmarks (Heritage Trust)")]
        public void AFigureInABoxOfFactsIsNoCaption(string line)
        {
            Assert.False(CaptionDetector.TryReadCaptionLine(line, out _, out _, unlabelledCredit: true));
        }

        [Theory]
        [InlineData("He left the meeting early. (NM)")]
        [InlineData("Read the board's report here (VIDEO)")]
        [InlineData("Senator Tomas Reyes (R)")]
        public void InitialsMediaMarkersAndPartiesInBracketsAreNoCredits(string line)
        {
            Assert.False(CaptionDetector.TryReadCaptionLine(line, out _, out _, unlabelledCredit: false));
        }

        [Fact]
        public void TwoNamesJoinedByASlashOnALineAreNoCredit()
        {
            Assert.False(CaptionDetector.TryReadCreditLine("Nora Quill/Ilan Petrov", out _));
            Assert.True(CaptionDetector.TryReadCreditLine("Nora Quill/Reuters", out var credit));
            Assert.Equal("Nora Quill/Reuters", credit);
        }

        [Fact]
        public void AHeadingOverAPhotoCreditStaysAHeading()
        {
            var s = Structure(Top + "Football\n\n(Photos by Associated Press)\n\nThe first match at the ground was played in 1923, before a crowd of 12,000." + End);

            Assert.Empty(s.Captions);
            Assert.Equal(new[] { "Football" }, s.Crossheads);
        }

        [Fact]
        public void AnUnlabelledCreditIsOnlyReadFromALineThatIsAWholeParagraph()
        {
            var s = Structure(Top + "The board met for six hours on Monday and voted late in the evening. The result surprised\nAP reporters who had covered the board for years." + End);

            Assert.Empty(s.Captions);
        }
    }
}
