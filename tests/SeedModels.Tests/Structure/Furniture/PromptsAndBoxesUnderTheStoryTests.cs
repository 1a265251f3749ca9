using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.QuarrendonHallBylinedStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// Prompts and boxes under the story (a recipe prompt, a share prompt, a press office's contact box, a release
    /// issuer's description, an author box labelled with the name, a note of where the story first appeared) leave the
    /// body; a short story under its byline and an "About" heading naming nothing in the story stay.
    /// </summary>
    public class PromptsAndBoxesUnderTheStoryTests
    {
        // --- A recipe site's prompt to the cook. ---
        [Theory]
        [InlineData("Did you make this recipe? Tag us on Instagram!")]
        [InlineData("Tried this recipe? Let us know how it went!")]
        public void ARecipePromptLeavesTheBody(string prompt)
        {
            var s = Structure(Top + Second + "\n\n" + prompt);

            Assert.DoesNotContain("this recipe", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A press office's contact box under a release. ---
        [Theory]
        [InlineData("Media enquiries\nCommunications Office\n+64 3 555 0199")]
        [InlineData("For media inquiries, contact the press office on 0400 555 019.")]
        public void APressOfficesContactBoxLeavesTheBody(string box)
        {
            var s = Structure(Top + Second + "\n\n" + box);

            Assert.DoesNotContain("nquiries", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- An author box under the story whose label holds the name. ---
        [Fact]
        public void AnAuthorBoxLabelledWithTheNameLeavesTheBodyWithItsBiography()
        {
            var s = Structure(Top + Second + "\n\nWritten by Tamsin Greeley\n\nBaker and part-time archivist. Writes about small towns.\n\nMore from Tamsin Greeley");

            Assert.Equal(new[] { "Tamsin Greeley" }, s.Authors);
            Assert.DoesNotContain("archivist", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AShortStoryUnderAWrittenByBylineKeepsItsBody()
        {
            var s = Structure("Quarrendon hall reopens after repairs\n\nWritten by Tamsin Greeley\n\nThe village hall in Quarrendon reopened on Saturday after a year of repairs to its roof.\n\n" + Second);

            Assert.Equal(new[] { "Tamsin Greeley" }, s.Authors);
            Assert.Contains(Second, Body(s));
            Assert.Contains("village hall", Body(s));
        }

        // --- A prompt to share the story. ---
        [Fact]
        public void AQuestionPromptingTheReaderToShareLeavesTheBody()
        {
            var s = Structure(Top + Second + "\n\nLike this article? Share it with a friend.");

            Assert.DoesNotContain("Share it", Body(s));
            Assert.Contains(Second, Body(s));
        }

        // --- A press release's description of its issuer. ---
        [Theory]
        [InlineData("About Quarrendon Hall Trust\nQuarrendon Hall Trust looks after the village hall and its gardens.")]
        [InlineData("About Quarrendon Hall Trust\n\nQuarrendon Hall Trust looks after the village hall and its gardens.")]
        public void TheIssuersDescriptionUnderAReleaseLeavesTheBody(string box)
        {
            var s = Structure(Top + "Quarrendon Hall Trust paid for the new kitchen.\n\n" + Second + "\n\n" + box);

            Assert.DoesNotContain("looks after", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void AnAboutHeadingNamingNothingInTheStoryStaysTheStorys()
        {
            var s = Structure(Top + Second + "\n\nAbout Westmoor Fields\nThe fields behind the hall will be used for parking on fair day.");

            Assert.Contains("used for parking", Body(s));
        }

        // --- Notes under the story: where it first appeared, the site's rules, a prompt to comment, the site's app. ---
        [Theory]
        [InlineData("This feature first appeared in issue 12 of Westmoor Quarterly.")]
        [InlineData("This article was first published by the Westmoor Parish News.")]
        [InlineData("Leave a comment below!")]
        [InlineData("Our community rules apply to all content you share on our site.")]
        [InlineData("Catch all the Local News and Latest Updates on the Westmoor app.")]
        [InlineData("Download App to get daily updates from Westmoor.")]
        public void ANoteOfTheSiteUnderTheStoryLeavesTheBody(string note)
        {
            var s = Structure(Top + Second + "\n\n" + note);

            Assert.DoesNotContain(note.Substring(0, 12), Body(s));
            Assert.Contains(Second, Body(s));
        }
    }
}
