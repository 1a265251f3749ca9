using System.Linq;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;
using static SeedModels.Tests.QuarrendonHallStory;
using static SeedModels.Tests.StoryBody;

namespace SeedModels.Tests
{
    /// <summary>
    /// A syndicated post's feed footer ("appeared first on") and what the copy holds after it, an author box whose name
    /// is printed twice over the biography, and a prompt to read the story elsewhere leave the body; story sentences
    /// that look alike stay.
    /// </summary>
    public class FeedFooterAndAuthorBoxTests
    {
        // --- A feed's footer under a syndicated post. ---
        [Theory]
        [InlineData("The post Quarrendon hall reopens after repairs appeared first on Westmoor Parish News.")]
        [InlineData("The post Quarrendon hall reopens after repairs appeared first on Westmoor Farm Radio")]
        public void AFeedsFooterLeavesTheBody(string footer)
        {
            var s = Structure(Top + Second + "\n\n" + footer);

            Assert.DoesNotContain("appeared first on", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void WhatTheCopyHoldsAfterAFeedsFooterIsTheSites()
        {
            // A link to the full story, a share label and the site's latest headline with its teaser, cut mid-sentence.
            var s = Structure(Top + Second + "\n\nThe post Quarrendon hall reopens after repairs appeared first on Westmoor Farm Radio.\n\nView Full Story\n\nShare:\n\nThe Latest\n\nBarley prices climb for a second week\n\nBarley prices rose again on Thursday as buyers waited for the harvest figures, and traders said the");

            Assert.Contains(Second, Body(s));
            Assert.DoesNotContain("Barley", Body(s));
            Assert.DoesNotContain("The Latest", Body(s));
            Assert.DoesNotContain("View Full Story", Body(s));
        }

        [Fact]
        public void ASentenceAboutThePostOfficeStaysTheStorys()
        {
            const string sentence = "The post office in Quarrendon will open on Saturdays from March, the parish council said.";
            var s = Structure(Top + sentence + "\n\n" + Second);

            Assert.Contains(sentence, Body(s));
        }

        // --- An author box whose picture's text repeats the name over the biography. ---
        [Fact]
        public void ANamePrintedTwiceOverItsBiographyIsTheAuthorsBox()
        {
            var s = Structure(Top + Second + "\n\nTamsin Orrell\nTamsin Orrell\nTamsin Orrell is a freelance writer and keen gardener living in Westmoor.");

            Assert.Equal(new[] { "Tamsin Orrell" }, s.Authors);
            Assert.DoesNotContain("freelance writer", Body(s));
            Assert.Contains(Second, Body(s));
        }

        [Fact]
        public void ANamePrintedTwiceOverASentenceOfTheStoryStays()
        {
            const string list = "Tamsin Orrell\nTamsin Orrell\nTamsin Orrell won the cake contest for the third year running.";
            var s = Structure(Top + Second + "\n\n" + list);

            Assert.Empty(s.Authors);
            Assert.Contains("won the cake contest", Body(s));
        }

        // --- Prompts pointing away from the page. ---
        [Theory]
        [InlineData("Read the entire article here.")]
        [InlineData("Click to check the original article.")]
        public void APromptToReadTheStoryElsewhereLeavesTheBody(string prompt)
        {
            const string last = "The fair will be held on the green in June.";
            var s = Structure(Top + Second + "\n\n" + prompt + "\n\n" + last);

            Assert.DoesNotContain(prompt, Body(s));
            Assert.Contains(Second, Body(s));
        }
    }
}
