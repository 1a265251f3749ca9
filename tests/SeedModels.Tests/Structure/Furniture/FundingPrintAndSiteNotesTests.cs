using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenmoorLibraryStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// Notes of the site closing the story (who funds the reporter, a podcast promo, a media contact box, a print-issue
    /// note, a series note or pin prompt) leave the body; a story sentence about funding stays.
    /// </summary>
    public class FundingPrintAndSiteNotesTests
    {
        // --- A note saying who pays for the reporter's post, closing the story. ---
        [Theory]
        [InlineData("Idris Fenwarde's reporting is funded by the federal government through its Local News Fund.")]
        [InlineData("Local Democracy Reporting is public interest journalism funded through the Harbour Media Trust.")]
        [InlineData("This coverage is supported by a grant from the Brackenmoor Community Foundation.")]
        public void AFundingNoteClosingTheStoryLeavesTheBody(string note)
        {
            var s = Structure(Top + Second + "\n\n" + note + "\n\nReport an error");

            Assert.DoesNotContain("fund", Body(s).Replace("Fund", "fund").Replace("Foundation", "").Replace("fundraising", ""));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AStorySentenceAboutFundingStaysTheStorys()
        {
            const string news = "The extra Sunday hours are funded by the council's reserves until March.";
            var s = Structure(Top + Second + "\n\n" + news);

            Assert.Contains(news, Body(s));
        }

        // --- A broadcaster's promo for its podcasts under the story. ---
        [Theory]
        [InlineData("Want the day's news in ten minutes? Listen to our morning podcast on your way to work.")]
        [InlineData("Missed the debate? Listen to our full podcast episode on the Brackenmoor Radio app.")]
        public void APodcastPromoLeavesTheBody(string promo)
        {
            var s = Structure(Top + Second + "\n\n" + promo);

            Assert.DoesNotContain("podcast", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A university's or a council's media contact box under the story. ---
        [Theory]
        [InlineData("Media contact\nCommunications Team\nnews@brackenmoor.example.org")]
        [InlineData("Press contact:\nIdris Fenwarde, 01632 960 118")]
        [InlineData("Media Contacts\nnews@brackenmoor.example.org")]
        public void AMediaContactBoxLeavesTheBody(string box)
        {
            var s = Structure(Top + Second + "\n\n" + box + "\n\nRelated news\nLibrary card amnesty begins\nNew mural for the bus station");

            Assert.DoesNotContain("ontact", Body(s));
            Assert.DoesNotContain("example.org", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A magazine's print note. ---
        [Theory]
        [InlineData("This article appeared in the April 2024 issue of Brackenmoor Life. Subscribe here.")]
        [InlineData("This story appeared in the spring edition of our members' magazine.")]
        public void APrintNoteUnderTheStoryLeavesTheBody(string note)
        {
            var s = Structure(Top + Second + "\n\n" + note);

            Assert.DoesNotContain("appeared in", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- Notes of the site in and under the story: a series note, a pin prompt, a messaging channel's pitch, a topic label. ---
        [Theory]
        [InlineData("This article is part of our Hidden Brackenmoor series.")]
        [InlineData("Pin this post for later!")]
        [InlineData("Join our WhatsApp channel and get the day's headlines delivered to you.")]
        [InlineData("Topic: Libraries")]
        public void ASitesNoteLeavesTheBody(string note)
        {
            var s = Structure(Top + Second + "\n\n" + note);

            Assert.DoesNotContain(note.Substring(0, 8), Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A wire's or a syndicated feed's note, a live page's refresh prompt, a station's promo and a correction. ---
        [Theory]
        [InlineData("This report by the Westhaven Wire Service was first published Nov. 27, 2025.")]
        [InlineData("(This story has not been edited by Brackenmoor Post staff and is auto-generated from a syndicated feed.)")]
        [InlineData("(Except for the headline, this story has not been edited by Brackenmoor Post staff.)")]
        [InlineData("Refresh this page for the latest updates.")]
        [InlineData("Stay with KWTV 9 for updates on this developing story.")]
        [InlineData("Correction: An earlier version of this article gave the wrong opening hours.")]
        [InlineData("(Only the headline and picture of this report may have been reworked by the Brackenmoor Post staff; the rest of the content is auto-generated from a syndicated feed.)")]
        public void AFeedsOrAStationsNoteClosingTheStoryLeavesTheBody(string note)
        {
            var s = Structure(Top + Second + "\n\n" + note);

            Assert.DoesNotContain(note, Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A press release's end mark: what follows it is the issuer's notes, not the story. ---
        [Theory]
        [InlineData("-ENDS-")]
        [InlineData("- Ends -")]
        [InlineData("###")]
        [InlineData("-30-")]
        [InlineData("ENDS")]
        [InlineData("End")]
        public void NothingAfterAReleasesEndMarkIsTheStorys(string mark)
        {
            const string notes = "The full survey is available on request.";
            var s = Structure(Top + Second + "\n\n" + mark + "\n\nNotes to editors\n\n" + notes + "\n\nMedia contact: Ivo Penrake, +44 1632 960000");

            Assert.Contains(Second, Body(s));
            Assert.DoesNotContain(notes, Body(s));
            Assert.DoesNotContain(mark, Body(s));
            Assert.Empty(s.Crossheads);
        }

        [Theory]
        [InlineData("\u00A9 2025 Brackenmoor Post")]
        [InlineData("\u00A9 Brackenmoor Post. All rights reserved.")]
        public void ThePagesCopyrightNoticeUnderTheStoryLeavesTheBodyAndCreditsNothing(string notice)
        {
            var s = Structure(Top + Second + "\n\n" + notice);

            Assert.DoesNotContain("Brackenmoor Post", Body(s));
            Assert.Empty(s.Captions);
        }
    }
}
