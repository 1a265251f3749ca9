using System.Linq;
using System;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.PortVeldraFerryStory;

namespace SeedModels.Tests
{
    /// <summary>
    /// A caption closed by its credit after a full stop (a credit label, a spaced slash credit, "Supplied photo", an
    /// organisation alone, an agency's "FILE" caption) is a caption with its credit; a story sentence with a photo
    /// label, a slash or file sharing stays in the body.
    /// </summary>
    public class CaptionCreditAfterFullStopTests
    {
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

        [Theory]
        [InlineData("Water reached the windowsills of the cottages on Quay Lane Image: Veldra Courier", "Veldra Courier")]
        [InlineData("Deckhands load crates onto the evening boat Picture: Lena Haav", "Lena Haav")]
        public void ALabelNamingThePictureInsideTheLineCreditsTheCaptionBeforeIt(string line, string credit)
        {
            // Regional pages print the caption and "Image: Agency" with no full stop between.
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Equal(credit, s.Captions.Single().Credit);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ALabelNamingThePictureInsideASentenceBeforeWordsThatAreNoCreditStaysTheStorys()
        {
            const string line = "The board's report, which runs to 40 pages, is called Picture: A Harbour in Numbers and is free online.";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void ACreditLabelGluedToTheCaptionsFullStopCreditsIt()
        {
            // "… in February.Credit: Jane Roe": the label set right after the full stop, with no space.
            var s = Structure(Top + Middle + "\n\nDeckhands load crates onto the evening boat in February.Credit: Lena Haav" + End);

            Assert.Equal(("Deckhands load crates onto the evening boat in February.", (string?)"Lena Haav"), s.Captions.Single());
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AReportersInitialsSigningOffAParagraphCreditNoPicture()
        {
            // "… on the project. /atm": the initials of whoever filed the story, after the last paragraph.
            const string line = "Harbour board member Ines Calloway said she would ask for a public hearing on the project. /atm";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("The quay road is closed while crews work. Please avoid the area. pic.social.example/x8kq")]
        [InlineData("Read the harbour board's full report on the channels. More information: harbour-board.example.org/reports/2026")]
        public void AWebAddressClosingTheLineCreditsNoPicture(string line)
        {
            // An embedded post's link or a report's address after the last full stop: no one's credit, and the line stays the story's.
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Fact]
        public void AWiresNameAndItsDesksInitialsSigningOffTheLastParagraphCreditNoPicture()
        {
            // "… on Friday. PTI RKV SS": the wire's sign-off under Indian wire copy, with its editors' initials.
            const string line = "Harbour board member Ines Calloway said the channels had been designed with the fisheries office. PTI RKV SS";
            var s = Structure(Top + Middle + "\n\n" + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        [Theory]
        [InlineData("PHOTO | COURTESY", "COURTESY")]
        [InlineData("PHOTO | LENA HAAV | NORTHWIRE", "LENA HAAV | NORTHWIRE")]
        [InlineData("Photo | Lena Haav", "Lena Haav")]
        public void APhotoLabelBeforeABarIsNoPartOfTheCredit(string credit, string expected)
        {
            // East African papers print "… on Sunday. PHOTO | COURTESY": the label and its bar, then the credit.
            var s = Structure(Top + Middle + "\n\nDeckhands load crates onto the evening boat on Sunday. " + credit + End);

            Assert.Equal(expected, s.Captions.Single().Credit);
        }
    }
}
