using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.BrackenmoorLibraryStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// Controls and widgets in and around the story (a summary box under the byline, a live blog's key events and
    /// controls, a deals widget's heading, text-size controls, "Listen on" buttons, a topic list) leave the body.
    /// </summary>
    public class PageControlsAndWidgetsTests
    {
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

        // --- A news site's text-size controls. ---
        [Theory]
        [InlineData("Normal text size\nLarger text size\nVery large text size")]
        public void TextSizeControlsLeaveTheBody(string controls)
        {
            var s = Structure(Top + controls + "\n\n" + Second);

            Assert.DoesNotContain("text size", Body(s));
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
