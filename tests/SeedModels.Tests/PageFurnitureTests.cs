using System;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 5 (and issue 13, item 11): the page's furniture left out of the body — ad notices, consent lines,
    /// reading times, share rows, read-more lists, wire sign-offs, subscribe and support prompts, disclosures, newsletter
    /// boxes, embedded posts' signatures, tags after the story and the author's biography.
    /// </summary>
    public class PageFurnitureTests
    {
        private const string Top = "Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n";
        private const string End = "\n\nA decision on the new pier is due in the spring, the board said. Work would start next year.";

        [Theory]
        [InlineData("Our story continues after this advertisement.")]
        [InlineData("Story continues below advertisement")]
        [InlineData("Advertisement \u00B7 Scroll to continue")]
        [InlineData("This video could not be loaded. Try refreshing your browser.")]
        [InlineData("By signing up you agree to receive emails from Harbour Media.")]
        [InlineData("By clicking \u201CSubscribe\u201D, you accept our terms.")]
        [InlineData("Facebook Twitter Flipboard Send Reddit Linkedin")]
        [InlineData("cancel email link share Share bookmark Save")]
        [InlineData("READ MORE: Ferry fares to rise in April")]
        [InlineData("(Reporting by Nora Quill in Portavon; Editing by Ilan Petrov)")]
        [InlineData("Reporting by Nora Quill; additional reporting by Ilan Petrov")]
        [InlineData("Additional reporting from PA")]
        [InlineData("Subscribe now to our weekly e-edition for the full story.")]
        [InlineData("For the latest updates download the Harbour Gazette app for iOS and Android.")]
        [InlineData("Ground Game: Sign up for our weekly politics newsletter to get it in your inbox.")]
        [InlineData("We rely on readers like you to keep local news free for everyone")]
        [InlineData("This article contains affiliate links. We may earn a commission at no cost to you.")]
        [InlineData("We recommend products independently, and advertisers do not influence our picks. We may receive compensation from partners.")]
        [InlineData("\u2014 Harbour Watch (@harbourwatch) April 2, 2024")]
        [InlineData("Have your say...")]
        [InlineData("Add Topic")]
        [InlineData("In this story:")]
        [InlineData("Photo Gallery")]
        [InlineData("Harbour Watch (@harbourwatch) April 2, 2024")]
        [InlineData("pic.harbourgazette.example/x7Kq2")]
        [InlineData("View this post on Instagram")]
        [InlineData("A post shared by Harbour Trust (@harbourtrust)")]
        [InlineData("Newsletter Sign-Up")]
        [InlineData("Click to expand")]
        [InlineData("14")]
        [InlineData("Enter your email address")]
        [InlineData("Open image in gallery")]
        [InlineData("Toggle caption")]
        [InlineData("Up next")]
        [InlineData("Related Ferry fares rise for a third year in a row")]
        [InlineData("Advertise with Harbour Media.")]
        [InlineData("Rating: 4 out of 5")]
        [InlineData("Score: 8.5/10")]
        [InlineData("Clap 1.4K")]
        [InlineData("Responses 27")]
        [InlineData("Previous Next")]
        public void FurnitureLinesAreNotBody(string line)
        {
            Assert.True(BoilerplateDetector.IsBoilerplate(line, out _), line);

            var s = Structure(Top + line + End);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("1 of 12 |")]
        [InlineData("Image 3 of 9")]
        public void AGallerysCounterIsFurniture(string line)
        {
            Assert.True(BoilerplateDetector.IsBoilerplate(line, out _));
            Assert.True(BoilerplateDetector.IsGalleryCounter(line));
        }

        [Theory]
        [InlineData("The council said it would sign up to the regional transport scheme next year.")]
        [InlineData("Residents can download a copy of the report from the council's website, officials said.")]
        [InlineData("By the end of the meeting, the board had agreed to a second vote.")]
        [InlineData("The advert for the job was posted online last week, and 40 people applied.")]
        [InlineData("The grants are paid before the winter. The revenue from the toll helps us, said Ilan Petrov, and we spend it on the pier. ''We are grateful,'' he said.")]
        [InlineData("Our partners at the ferry company were paid on time, the board said, and the revenue covered the repairs.")]
        [InlineData("Related charges against the two skippers were dropped in March.")]
        [InlineData("Related Ferry Services, the operator, said the fares would rise.")]
        [InlineData("Rating: the board gave the plan a 4 out of 5 for ambition.")]
        [InlineData("Like 2 other councils, the board voted against the toll.")]
        public void StorySentencesThatShareFurnitureWordsStayBody(string line)
        {
            Assert.False(BoilerplateDetector.IsBoilerplate(line, out _), line);
        }

        [Fact]
        public void ANewsletterBoxIsFurnitureTitlePitchAndButton()
        {
            var s = Structure(Top + "Morning Brief\n\nThe valley's top stories, in your inbox before seven.\n\nSign Up\n\nBy signing up you agree to receive emails from Harbour Media." + End);

            Assert.Empty(s.Crossheads);
            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void TagsAndLinksAfterTheLastParagraphAreFurniture()
        {
            var s = Structure(Top.TrimEnd() + End + "\n\nMORE ABOUT\n\nHarbour board\n\nPortavon\n\nSend your stories to news@harbourgazette.example\n\nCOMMENTS");

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void AShortLastSentenceOfTheStoryStaysBody()
        {
            var s = Structure(Top.TrimEnd() + End + "\n\nThank you.");

            Assert.Equal("Thank you.", s.Paragraphs[s.Paragraphs.Count - 1].Text);
        }

        [Fact]
        public void TheAuthorsBiographyAndAnInvitationToWriteAreFurniture()
        {
            var s = Structure(Top.TrimEnd() + End + "\n\nNORA QUILL\n\nQuill covers transport for the Harbour Gazette. She is based in Portavon.\n\nYou can email Nora Quill here.");

            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ABiographyOfSomeoneElseInTheStoryStaysBody()
        {
            var s = Structure(Top.TrimEnd() + End + "\n\nIlan Petrov is a former harbour master who led the last repairs in 2004.");

            Assert.Equal(3, s.Paragraphs.Count);
        }
    }
}
