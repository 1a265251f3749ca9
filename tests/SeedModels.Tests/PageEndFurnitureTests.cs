using SeedModels.Extraction.Structure;
using Xunit;
using static SeedModels.Tests.EngineTestSupport;

namespace SeedModels.Tests
{
    /// <summary>
    /// Issue 11, category 5 (round 5): furniture a copied page holds that only its place gives away — the page's copyright
    /// notice and whatever the copy holds after it (other stories, a site's sections), a shop's buttons and prices between
    /// a review's items, and the shop's name that completes a label such as <c>Price at</c>.
    /// </summary>
    public class PageEndFurnitureTests
    {
        private const string Top = "Harbour board votes to close the old ferry pier\n\nBy Nora Quill\n\nThe harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n";
        private const string Story = Top + "A decision on the new pier is due in the spring, the board said. Work would start next year.\n\n";

        [Theory]
        [InlineData("Copyright 2024 The Harbour Gazette. All Rights Reserved. Read our Privacy Policy.")]
        [InlineData("\u00A9 2024 Harbour Media All rights reserved. Do not reproduce without permission.")]
        [InlineData("Copyright \u00A9 2019-2024 Portavon News Ltd")]
        [InlineData("(c) 2023 Harbour Media Group")]
        public void APageCopyrightNoticeIsFurniture(string line)
        {
            Assert.True(BoilerplateDetector.IsCopyrightNotice(line), line);
            Assert.True(BoilerplateDetector.IsBoilerplate(line, out _), line);
        }

        [Theory]
        [InlineData("Copyright Harbour Press Photo")]
        [InlineData("\u00A9 Nora Quill")]
        [InlineData("Copyright law was not the board's concern, the chairman said in 2024.")]
        [InlineData("(c) The board may close a pier after a public hearing.")]
        public void APictureCreditOrASentenceIsNoCopyrightNotice(string line)
        {
            Assert.False(BoilerplateDetector.IsCopyrightNotice(line), line);
        }

        [Fact]
        public void WhatACopiedPageHoldsAfterItsCopyrightNoticeIsNotTheStory()
        {
            var s = Structure(Story + "Copyright 2024 The Harbour Gazette. All Rights Reserved.\n\nDesigned & Developed by\n\nINTRODUCTION\n\n" +
                              "The sailing school offers a ten-week course for beginners every summer. Places are limited.\n\nHistory\n\n" +
                              "The school was founded in 1902 by a retired ferry captain who wanted every child in the town to learn to sail.");

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("sailing school"));
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.Contains("founded in 1902"));
            Assert.Empty(s.Crossheads);
        }

        [Fact]
        public void ANoticeUnderTheHeadlineDoesNotEndTheStory()
        {
            var s = Structure("Harbour board votes to close the old ferry pier\n\n\u00A9 2024 Harbour Media\n\n" +
                              "The harbour board met on Monday to decide the future of the old ferry pier. The vote was close.\n\n" +
                              "A decision on the new pier is due in the spring, the board said. Work would start next year.");

            Assert.Equal(2, s.Paragraphs.Count);
        }

        [Fact]
        public void ARunOfLinksBetweenTheHeaderAndTheStoryIsFurniture()
        {
            var s = Structure("Sending a request with the socket module\n\nBy Nora Quill\n\nMarch 4, 2024\n\nGet the demo pack\n\n" +
                              "Demos: demopack/socket/02-request/main.xml\n\nDemoLab downloads\n\nForum thread (EN)\n\n" +
                              "The socket module gives access to the operating system's network interface. It is part of the standard library.\n\n" +
                              "This demo sends one request and prints the reply. It needs no other package.");

            Assert.Equal(2, s.Paragraphs.Count);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text.StartsWith("Demos:") || p.Text == "Forum thread (EN)");
        }

        [Fact]
        public void ShortSentencesOpeningTheStoryAreNoLinks()
        {
            var s = Structure("Will the last ferry company be next?\n\nPortavon and Dunmore.\n\nBrackenford and Leeham.\n\nSallow Vale and Kettering.\n\nThe Gazette and ... ?\n\n" +
                              "In the relentless push toward mergers, the harbour's last independent ferry company has been left alone. This week changed that.\n\n" +
                              "Its shares rose sharply on Tuesday. Analysts expect a bid within months.");

            // The first short line may read as a standfirst; the others stay paragraphs.
            Assert.Contains(s.Paragraphs, p => p.Text == "Brackenford and Leeham.");
            Assert.Contains(s.Paragraphs, p => p.Text == "Sallow Vale and Kettering.");
            Assert.Equal(4, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Save FB Tweet More")]
        [InlineData("FB Tweet More")]
        public void AShareRowWithAbbreviatedNetworksIsFurniture(string line)
        {
            var s = Structure(Story + line + "\n\nThe ferry company said it would appeal the decision. Its lawyers were studying the ruling.");

            Assert.Empty(s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Buy now")]
        [InlineData("Shop now")]
        [InlineData("Check price")]
        [InlineData("View deal")]
        [InlineData("\u00A3 205")]
        [InlineData("$49.99")]
        [InlineData("\u20AC1,200")]
        public void AShopsButtonsAndPricesAreFurniture(string line)
        {
            Assert.True(BoilerplateDetector.IsBoilerplate(line, out _), line);

            var s = Structure(Story + line + "\n\nThe ferry company said it would appeal the decision. Its lawyers were studying the ruling.");
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == line);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Theory]
        [InlineData("Price at", "Harbour Stores")]
        [InlineData("Available from", "Dockside Books")]
        public void TheShopUnderALabelLeftOpenIsTheLabels(string label, string shop)
        {
            var s = Structure(Story + label + "\n\n" + shop + "\n\nThe ferry company said it would appeal the decision. Its lawyers were studying the ruling.");

            Assert.DoesNotContain(s.Paragraphs, p => p.Text == shop);
            Assert.DoesNotContain(shop, s.Crossheads);
            Assert.Equal(3, s.Paragraphs.Count);
        }

        [Fact]
        public void AShortLineUnderALabelThatIsClosedStaysBody()
        {
            // "Advertisement" is no open label: the heading under it is the next section's.
            var s = Structure(Story + "Advertisement\n\nThe new pier\n\nThe ferry company said it would appeal the decision. Its lawyers were studying the ruling.");

            Assert.Equal(new[] { "The new pier" }, s.Crossheads);
        }

        [Fact]
        public void NumberedReviewItemsBetweenShopButtonsAreCrossheads()
        {
            const string Item2 = "2. Portavon Drying Pod";
            const string Item3 = "3. Quill Ladder Airer";
            var s = Structure(Story + "Best heated airers\n\n1. Snugwell Deluxe airer\n\nCurrently \u00A389.99, Harbour Stores\n\n" +
                              "It dried a week of towels overnight. The cover keeps the heat in.\n\n\u00A3 90\n\nBuy now\n\nPrice at\n\nHarbour Stores\n\n" +
                              Item2 + "\n\n\u00A375, Dockside\n\nWe like: it is quiet\n\nIts fan blows warm air through a tent of hangers. Shirts came out nearly pressed.\n\n" +
                              "\u00A3 75\n\nBuy now\n\nPrice at\n\nDockside\n\n" + Item3 + "\n\n\u00A340, Dockside\n\nHolds 5kg of towels\n\n" +
                              "It is small enough for a bathroom wall. It costs little to run.");

            Assert.Contains(Item2, s.Crossheads);
            Assert.Contains(Item3, s.Crossheads);
            Assert.DoesNotContain(s.Paragraphs, p => p.Text == "Buy now" || p.Text == "Dockside" || p.Text == "\u00A3 75");
        }
    }
}
