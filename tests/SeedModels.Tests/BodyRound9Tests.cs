using System;
using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, round 9: captions, credits, crossheads and furniture in the shapes article pages from unseen publishers
    /// showed when read by eye (a list under a sentence ending with a colon, a comment section's count and house rules, a
    /// picture's file name or alt text left in place, a credit between spaced slashes). Every page here is invented: its
    /// town, paper and people exist nowhere.
    /// </summary>
    public class BodyRound9Tests
    {
        private const string Top = "Port Veldra adds evening ferries to Senn\n\nBy Mira Castell\n\nThe Port Veldra harbour board on Tuesday approved a new timetable that adds four evening sailings to the island of Senn. The vote was unanimous.\n\n";
        private const string Middle = "The change follows two years of complaints from commuters who said the last boat left too early for shift workers.";
        private const string End = "\n\nThe new timetable takes effect on the first Monday of March. The board will review it after a year.";

        [Theory]
        [InlineData("The new crew leaders are as follows:")]
        [InlineData("Those appointed to the board include:")]
        [InlineData("The three routes that gain sailings were:")]
        public void AListUnderASentenceEndingWithAColonStaysTheStorys(string introducer)
        {
            var s = Structure(Top + Middle + "\n\n" + introducer + "\n\nNorth route \u2013 Captain Ilse Marrow\n\nSouth route \u2013 Captain Teo Brand\n\nCOMMENTS");

            Assert.Contains(s.Paragraphs, p => p.Text == introducer);
            Assert.Contains(s.Paragraphs, p => p.Text == "North route \u2013 Captain Ilse Marrow");
            Assert.Contains(s.Paragraphs, p => p.Text == "South route \u2013 Captain Teo Brand");
        }

        [Fact]
        public void ALinkListLabelEndingWithAColonStillLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nMore from the harbour desk:\n\nSenn ferry fares to rise\n\nPier repairs delayed again");

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Pier repairs", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("(0) comments\n\nWelcome to the discussion.\n\nKeep it civil. Please avoid insults and personal attacks.")]
        [InlineData("3 comments\n\nWelcome to the discussion.\n\nBe kind. Stay on topic and do not post links to other sites.\n\nPost a comment as guest")]
        public void AFewUnitsUnderACommentCountAreTheCommentSection(string section)
        {
            var s = Structure(Top + Middle + End + "\n\nMira Castell can be reached at 555-0147 or\n\n" + section);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("discussion") || p.Text.Contains("Please") || p.Text.Contains("comment") || p.Text.Contains("reached"));
        }

        [Fact]
        public void ACommentCountInTheHeaderClosesNothing()
        {
            var s = Structure("Port Veldra adds evening ferries to Senn\n\nBy Mira Castell\n\n12 comments\n\n" + Top.Substring(Top.IndexOf("The Port", StringComparison.Ordinal)) + Middle + End);

            Assert.Equal(3, s.Paragraphs.Count);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("The new timetable", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("View 12 comments")]
        [InlineData("\u00D7")]
        [InlineData("harbour_ferry_2024(2).jpg")]
        [InlineData("091216_main.JPG")]
        [InlineData("No comments:")]
        [InlineData("CATEGORIZED UNDER: ferries, harbour board")]
        [InlineData("PODCAST: Why the island ferries keep running late")]
        public void FurnitureBetweenParagraphsLeavesTheBody(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Empty(s.Captions);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void APodcastsTitleOverTheBylineStaysTheHeadline()
        {
            var s = Structure("PODCAST: Why the island ferries keep running late\n\nBy Mira Castell\n\n" + Top.Substring(Top.IndexOf("The Port", StringComparison.Ordinal)) + Middle + End);

            Assert.Equal("PODCAST: Why the island ferries keep running late", s.Headline);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Photo credit: Lena Haav on Flickr.")]
        [InlineData("Credit: Northwire.")]
        public void ACreditLabelClosedByAFullStopIsStillACredit(string credit)
        {
            var s = Structure(Top + "A ferry leaves the inner harbour at dusk\n\n" + credit + End);

            Assert.Equal(new[] { ("A ferry leaves the inner harbour at dusk", (string?)credit.Substring(credit.IndexOf(':') + 1).Trim().TrimEnd('.')) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void APhotoLabelOverASentenceClosedByAFullStopStaysTheStorys()
        {
            const string line = "Photo: The board paid for the new pontoon itself.";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("A ferry leaves the inner harbour at dusk. VELDRA PHOTO / LENA HAAV / Northwire.", "VELDRA PHOTO / LENA HAAV / Northwire")]
        [InlineData("Deckhands load crates of fish onto the evening boat on March 2, 2026. NORTHWIRE PHOTO / TEO BRAND.", "NORTHWIRE PHOTO / TEO BRAND")]
        public void ACaptionClosedByASpacedSlashCreditAndAFullStopIsACaption(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line.Substring(0, line.IndexOf(". ", StringComparison.Ordinal) + 1), (string?)credit) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("The board chose between two routes. North or south / east or west was the question.")]
        [InlineData("The vote split the board. Members / Officers met again on Friday.")]
        public void ASentenceWithASlashAfterAFullStopStaysTheStorys(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("FILE - The Senn Star leaves the inner harbour at dusk, March 2, 2025.")]
        [InlineData("FILE: Deckhands load crates of fish onto the evening boat in Port Veldra.")]
        public void AnAgencysFileCaptionIsACaptionAndNoDateline(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { (line, (string?)null) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.Null(s.Place);
        }

        [Fact]
        public void AFileSharingSentenceStaysTheStorys()
        {
            const string line = "FILE-sharing sites were blamed for the outage of the booking system, the board said.";
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("Supplied photo")]
        [InlineData("Submitted photo")]
        [InlineData("Photo provided")]
        [InlineData("Contributed photo")]
        public void ACaptionClosedByHowThePictureCameIsACaption(string credit)
        {
            var s = Structure(Top + "Captain Ilse Marrow on the bridge of the Senn Star. " + credit + End);

            Assert.Equal(new[] { ("Captain Ilse Marrow on the bridge of the Senn Star.", (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

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

        [Theory]
        [InlineData("Opinion: The ferries should run all night")]
        [InlineData("WATCH | Captain Marrow takes the new evening boat out")]
        [InlineData("Video: The Senn Star's first evening sailing")]
        public void ALabelledTeaserInTheBodyLeavesIt(string line)
        {
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Opinion: The ferries should run all night")]
        [InlineData("WATCH | Captain Marrow takes the new evening boat out")]
        public void TheSameTeaserOverTheBylineStaysTheHeadline(string line)
        {
            var s = Structure(line + "\n\nBy Mira Castell\n\n" + Top.Substring(Top.IndexOf("The Port", StringComparison.Ordinal)) + Middle + End);

            Assert.Equal(line, s.Headline);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void TheAuthorsBiographySayingWhatSheHasCoveredLeavesTheBody()
        {
            var s = Structure(Top + Middle + End + "\n\nMira Castell has covered the harbour and the islands for the Courier since 2019. Reach her at mira.castell@courier.example.");

            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void AnotherPersonWhoHasCoveredTheRouteStaysTheStorys()
        {
            const string line = "Captain Ilse Marrow has covered the Senn route for eleven years and says the evening boats are overdue.";
            var s = Structure(Top + Middle + End + "\n\n" + line);

            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("Veldra Press Agency")]
        [InlineData("Harbour Board Archive")]
        [InlineData("Senn Island Photography")]
        public void AnOrganisationAloneUnderACaptionCreditsIt(string credit)
        {
            var s = Structure(Top + "Captain Ilse Marrow on the bridge of the Senn Star on Tuesday.\n\n" + credit + "\n\n" + Middle + End);

            Assert.Equal(new[] { ("Captain Ilse Marrow on the bridge of the Senn Star on Tuesday.", (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
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
