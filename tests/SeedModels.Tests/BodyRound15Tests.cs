using System.Linq;
using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Round 15 (body): what regional weeklies, broadcasters, universities, review sites and live blogs set in and under
    /// the story (a funding note, a podcast promo, a media contact box, a summary box, a deals widget's heading), on invented
    /// pages: their towns, sites and people exist nowhere.
    /// </summary>
    public class BodyRound15Tests
    {
        private const string Top = "Brackenmoor library extends its opening hours\n\nBy Idris Fenwarde\n\nThe library on Brackenmoor's high street will open on Sundays from next month, the town council said on Tuesday. The change follows a petition signed by more than 900 residents.\n\n";

        private const string Second = "The council will review the new hours after six months.";

        private static string Body(ArticleStructure s) => string.Join("\n", s.Paragraphs.Select(p => p.Text));

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

        // --- A summary box set under the byline, its points on the lines after its label. ---

        [Theory]
        [InlineData("What you need to know:")]
        [InlineData("Key points")]
        [InlineData("Key takeaways:")]
        public void ASummaryBoxUnderTheBylineLeavesTheBody(string label)
        {
            var s = Structure("Brackenmoor library extends its opening hours\n\nBy Idris Fenwarde\n\n" + label +
                              "\nSunday opening starts next month.\nMore than 900 residents signed the petition.\n\n" +
                              "The library on Brackenmoor's high street will open on Sundays from next month, the town council said on Tuesday.\n\n" + Second);

            Assert.Equal(new[] { "Idris Fenwarde" }, s.Authors);
            Assert.DoesNotContain(label.TrimEnd(':'), Body(s));
            Assert.DoesNotContain("Sunday opening starts", Body(s));
            Assert.StartsWith("The library on Brackenmoor's high street", s.Paragraphs[0].Text);
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void ALiveBlogsKeyEventsLeaveTheBody()
        {
            var s = Structure("Brackenmoor storm live: roads closed as river rises\n\nBy Idris Fenwarde\n\nKey events\n18:05 Bridge closed to traffic\n17:40 Flood warning issued\n\n" +
                              "The river at Brackenmoor rose by a metre in three hours on Tuesday, the environment agency said.\n\n" + Second);

            Assert.DoesNotContain("Key events", Body(s));
            Assert.DoesNotContain("Bridge closed", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AShortCrossheadOverOneParagraphStaysTheStorys()
        {
            var s = Structure(Top + "Key points\nThe council will review the new hours after six months, and may add Saturday evenings.\n\n" + Second);

            Assert.Contains("may add Saturday evenings", Body(s));
        }

        // --- A deals widget's heading left in the review. ---

        [Theory]
        [InlineData("Today's best Corvane Pulse 3 deals")]
        [InlineData("Today’s best Corvane Pulse 3 prices")]
        public void ADealsWidgetsHeadingLeavesTheBody(string heading)
        {
            var s = Structure(Top + Second + "\n\n" + heading + "\n\nIdris Fenwarde is a senior reviewer covering phones.");

            Assert.DoesNotContain("best Corvane", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A feature's headings set on the line right over their paragraphs, with no blank line between. ---

        [Fact]
        public void AHeadingClosingOnAPronounOrAdverbOverItsParagraphIsACrosshead()
        {
            var s = Structure(Top + "Where to find it\nTurn left out of the station and follow the river path for ten minutes until you reach the market square.\n\n" +
                              "Getting there\nBuses from the station stop outside every twenty minutes, and the car park behind the hall is free on Sundays.\n\n" + Second);

            Assert.Equal(new[] { "Where to find it", "Getting there" }, s.Crossheads);
            Assert.Contains(s.Paragraphs, p => p.Text.StartsWith("Buses from the station"));
        }

        [Fact]
        public void ALineClosingOnAJoinerStaysInItsParagraph()
        {
            var s = Structure(Top + "The council said the opening hours would be reviewed at the end of\nThe summer, when visitor numbers for the first three months are known to the library board.\n\n" + Second);

            Assert.Empty(s.Crossheads);
        }

        // --- A live blog's controls between its posts. ---

        [Theory]
        [InlineData("Post update")]
        [InlineData("Load more updates")]
        public void ALiveBlogsControlsLeaveTheBody(string control)
        {
            var s = Structure(Top + Second + "\n\n" + control + "\nShare\n\nThe library board meets on Thursday to approve the budget for the extra staff.");

            Assert.DoesNotContain(control, Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A news site's text-size controls and a magazine's print note. ---

        [Theory]
        [InlineData("Normal text size\nLarger text size\nVery large text size")]
        public void TextSizeControlsLeaveTheBody(string controls)
        {
            var s = Structure(Top + controls + "\n\n" + Second);

            Assert.DoesNotContain("text size", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Theory]
        [InlineData("This article appeared in the April 2024 issue of Brackenmoor Life. Subscribe here.")]
        [InlineData("This story appeared in the spring edition of our members' magazine.")]
        public void APrintNoteUnderTheStoryLeavesTheBody(string note)
        {
            var s = Structure(Top + Second + "\n\n" + note);

            Assert.DoesNotContain("appeared in", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A podcast's buttons naming where to listen. ---

        [Fact]
        public void ListenOnButtonsLeaveTheBody()
        {
            var s = Structure(Top + "Listen on Harbourcast\nListen on Kestrel Audio\n\n" + Second);

            Assert.DoesNotContain("Listen on", Body(s));
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

        // --- A topic list under the story. ---

        [Fact]
        public void ATopicListUnderTheStoryLeavesTheBody()
        {
            var s = Structure(Top + Second + "\n\nExplore more on these topics\nLibraries\nBrackenmoor");

            Assert.DoesNotContain("Explore more", Body(s));
            Assert.DoesNotContain("Libraries", Body(s));
            Assert.Contains(Second, Body(s));
        }
    }
}
