using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenfordClosingStory;
using static SeedModels.Tests.HarbourFerryPage;

namespace SeedModels.Tests
{
    /// <summary>
    /// The marks that give a caption its credit: a credit label, a dash, a bar, a slash or "Photo by" after the paper's
    /// name credit the caption over it, while the same shapes under a sentence of the story, in a heading or in an
    /// author's note take no caption.
    /// </summary>
    public class CaptionCreditMarksTests
    {
        [Theory]
        [InlineData("The library will reopen in the spring, the council said.", "Photo: Tomas Varga")]
        [InlineData("Residents told the meeting they would fight the closure.", "Credit: Northwire")]
        [InlineData("We asked the council when the library would reopen.", "Image: Brackenford Council")]
        [InlineData("The building will stay shut while engineers decide whether the roof can be repaired.", "Photograph: Tomas Varga/Northwire")]
        public void ALabelledCreditUnderASentenceOfTheStoryTakesNoCaption(string sentence, string credit)
        {
            var s = Structure(Top + sentence + "\n\n" + credit + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == credit);
        }

        [Theory]
        [InlineData("Protesters gathered outside the town hall on Tuesday.", "Photo: Tomas Varga")]
        [InlineData("Ada Penrose, the head librarian, packs books into crates on Monday.", "Picture: Tomas Varga")]
        public void ALabelledCreditUnderACaptionStillCreditsIt(string caption, string credit)
        {
            var s = Structure(Top + caption + "\n\n" + credit + End);

            Assert.Equal(new[] { (caption, (string?)"Tomas Varga") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday \u2013 Tomas Varga", "Tomas Varga")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday \u2014 Marta Quell", "Marta Quell")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday - Marta Quell", "Marta Quell")]
        public void ACreditAfterADashClosesTheCaption(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday", (string?)credit) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday. (Submitted by Tomas Varga)", "Tomas Varga")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday. (Supplied by Marta Quell)", "Marta Quell")]
        public void AReadersSubmittedOrSuppliedPictureIsCreditedInBrackets(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)credit) }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday\n\n\u00A9 Tomas Varga", "Tomas Varga")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday\n\u00A9 Marta Quell", "Marta Quell")]
        public void ACopyrightSignAndANameOnTheLineUnderACaptionCreditIt(string lines, string credit)
        {
            var s = Structure(Top + lines + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday", (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AStaffPhotoCreditGluedAfterTheCaptionsFullStopCreditsIt()
        {
            var s = Structure(Top + "Engineers inspect the roof beams of the Elm Street library on Monday. Staff photo" + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)"Staff photo") }, s.Captions);
        }

        [Theory]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday. Photo courtesy: Elm Street Library")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday. (Photo courtesy: Elm Street Library)")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday.\nImage courtesy: Elm Street Library")]
        public void APhotoCourtesyLabelWithAColonCreditsTheCaption(string lines)
        {
            var s = Structure(Top + lines + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)"Elm Street Library") }, s.Captions);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Pic: Tomas Varga \u2013 Engineers inspect the roof beams of the Elm Street library on Monday.")]
        [InlineData("Photograph: Tomas Varga The engineers inspect the roof beams of the Elm Street library on Monday.")]
        public void ACreditSetBeforeItsCaptionAfterALabelCreditsIt(string line)
        {
            var s = Structure(Top + line + End);

            Assert.Single(s.Captions);
            Assert.Equal("Tomas Varga", s.Captions[0].Credit);
            Assert.EndsWith("roof beams of the Elm Street library on Monday.", s.Captions[0].Text);
            Assert.DoesNotContain("Tomas", s.Captions[0].Text);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday.\n\nContributed")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday. Contributed")]
        [InlineData("Engineers inspect the roof beams of the Elm Street library on Monday. (Contributed)")]
        public void ContributedCreditsTheCaptionAsSuppliedDoes(string lines)
        {
            var s = Structure(Top + lines + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)"Contributed") }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void APhotoSlashLabelIsNoPartOfTheCredit()
        {
            var s = Structure(Top + "Engineers inspect the roof beams of the Elm Street library on Monday. (Photo/Tomas Varga)" + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)"Tomas Varga") }, s.Captions);
        }

        [Theory]
        [InlineData("Costs rose \u2013 and the council balked")]
        [InlineData("How one town lost its library \u2013 Until Now")]
        public void ADashInAHeadingIsNoCredit(string heading)
        {
            var s = Structure(Top + heading + "\n\n" + Middle + End);

            Assert.Empty(s.Captions);
            Assert.Equal(new[] { heading }, s.Crossheads);
        }

        [Fact]
        public void ASlashBeforeACreditIsNoPartOfIt()
        {
            var s = Structure(Top + "Engineers inspect the roof beams of the Elm Street library on Monday. / Tomas Varga" + End);

            Assert.Equal(new[] { ("Engineers inspect the roof beams of the Elm Street library on Monday.", (string?)"Tomas Varga") }, s.Captions);
        }

        [Theory]
        [InlineData("Volunteers stack sandbags outside the library. Courier Photo by Marta Quell", "Volunteers stack sandbags outside the library.")]
        [InlineData("Volunteers stack sandbags outside the library. Express Photo by Marta Quell", "Volunteers stack sandbags outside the library.")]
        [InlineData("Volunteers stack sandbags outside the library\nCourier Photo by Marta Quell", "Volunteers stack sandbags outside the library")]
        [InlineData("Volunteers stack sandbags outside the library\n\nHerald Photo by Marta Quell", "Volunteers stack sandbags outside the library")]
        public void ACreditsLabelAfterThePapersNameCreditsTheCaption(string lines, string caption)
        {
            var s = Structure(Top + lines + End);

            Assert.Equal(new[] { (caption, (string?)"Marta Quell") }, s.Captions);
            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void AWordBeforeAnotherWordIsNoCreditsLabel()
        {
            const string sentence = "Courier readers sent in photos by the hundred after the storm.";
            var s = Structure(Top + sentence + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == sentence);
        }

        [Theory]
        [InlineData("Volunteers stack sandbags outside the Elm Street library | Marta Quell", "Marta Quell")]
        [InlineData("Volunteers stack sandbags outside the Elm Street library | Brackenford Courier", "Brackenford Courier")]
        public void APhotographerOrPaperAfterABarClosingACaptionIsItsCredit(string line, string credit)
        {
            var s = Structure(Top + line + End);

            Assert.Equal(new[] { ("Volunteers stack sandbags outside the Elm Street library", (string?)credit) }, s.Captions);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AnAuthorsNoteWithLinksAfterABarIsNoCaption()
        {
            const string note = "Ada Penrose is a writer from Tolvey and a contributor since 2021. Follow her on Chirp | Harbour Social";
            var s = Structure(Top + note + End);

            Assert.Empty(s.Captions);
        }

        [Theory]
        [InlineData("Signed: Mr. Tomas Varga, Deputy Registrar (Information & Protocol)")]
        [InlineData("Issued by: Orla Fenwick, Press Officer (Communications)")]
        public void AReleasesSignatureWithItsOfficeInBracketsIsNoCaption(string line)
        {
            // "Name, Job (Office)" is a portrait's caption and its credit; after a document's label it signs the release.
            var s = Structure(Top + line + End);

            Assert.Empty(s.Captions);
            Assert.Contains(s.Paragraphs, p => p.Text == line);
        }

        // --- A credit's label alone on its line over the picture's credit. ---
        [Theory]
        [InlineData("Image:")]
        [InlineData("Photo:")]
        [InlineData("Credit:")]
        public void ANameUnderABareCreditLabelIsThePicturesCredit(string label)
        {
            var dek = "Three volunteers tell how the ferry was kept afloat through the winter";
            var s = Structure(Headline + "\n\n" + dek + "\n\n" + label + "\n\nOrla Fenwick, Kestrel Museum, University of Dunmore" + Body);

            Assert.Empty(s.Authors);
            Assert.Equal(dek, s.Standfirst?.Text.Trim());
            Assert.Equal(2, s.Paragraphs.Count);
            Assert.StartsWith(FirstBody, s.Paragraphs[0].Text);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("Orla Fenwick"));
        }
    }
}
