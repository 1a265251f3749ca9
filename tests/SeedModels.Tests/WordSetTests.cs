using System;
using System.Collections.Generic;
using System.Linq;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class WordSetTests
    {
        private const string Sample =
            "Health Minister Aroha Ngata's office SAID the Police told Dr. J. K. Rowling’s lawyer, Mr Doe Jr., " +
            "that the COUNCIL'S spokesperson and one Librarian (İnan, Straße, ſaid, Kelvin \u212A) posted 7th-floor photos.";

        [Fact]
        public void IsCaseInsensitiveLikeAHashSetIgnoringCase()
        {
            var set = new WordSet(new[] { "said", "Police", "no-one" });

            Assert.True(set.Contains("SAID"));
            Assert.True(set.Contains("police"));
            Assert.True(set.Contains("No-One"));
            Assert.False(set.Contains("sai"));
            Assert.False(set.Contains(string.Empty));
        }

        [Fact]
        public void TestsAWordWhereItStandsAsItsTextAndItsBareForm()
        {
            var words = Words.Split("The Council's statement.");
            var set = new WordSet(new[] { "council", "the" });

            Assert.True(set.Contains(words[0]));
            Assert.False(set.Contains(words[1])); // "Council's"
            Assert.True(set.ContainsBare(words[1])); // "Council"
            Assert.False(set.ContainsBare(words[2]));
        }

        [Fact]
        public void EveryLexiconClassAnswersAWordAsItsCopyWould()
        {
            var classes = typeof(Lexicon).GetFields().Where(f => f.FieldType == typeof(WordSet)).Select(f => (WordSet)f.GetValue(null)!).ToList();
            Assert.NotEmpty(classes);
            foreach (var set in classes)
            {
                foreach (var w in Words.Split(Sample))
                {
                    Assert.True(set.Contains(w.Text) == set.Contains(w), w.Text);
                    Assert.True(set.Contains(w.Bare) == set.ContainsBare(w), w.Bare);
                }
            }
        }

        [Fact]
        public void WordsOutsideAsciiAreComparedAsTheFrameworkComparesThem()
        {
            var words = new[] { "straße", "\u212Aelvin", "ınan", "said" };
            var set = new WordSet(words);
            var reference = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

            foreach (var w in Words.Split(Sample))
            {
                Assert.True(reference.Contains(w.Text) == set.Contains(w), w.Text);
            }
        }

        [Fact]
        public void ASetHoldingWordsOutsideAsciiStillAnswersAsciiWordsAsTheFrameworkDoes()
        {
            // "são" and "ó" once made the whole set copy every word it was asked about; its ASCII words keep their buckets.
            var words = new[] { "s\u00E3o", "\u00F3", "van", "der", "\u0131nan" };
            var set = new WordSet(words);
            var reference = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);

            foreach (var text in new[] { "S\u00C3O", "\u00D3", "Van", "DER", "de", "sao", "INAN", "inan", "\u0130nan", "o" })
            {
                Assert.True(reference.Contains(text) == set.Contains(text), text);
            }
        }

        [Fact]
        public void AWordComparesAsItsCopiesWithoutMakingThem()
        {
            foreach (var w in Words.Split(Sample))
            {
                Assert.Equal(w.Bare, w.Source.Substring(w.Start, w.BareEnd - w.Start));
                Assert.Equal(w.Text == "the", w.Is("the"));
                Assert.Equal(w.Lower == "council", w.LowerIs("council"));
                Assert.Equal(w.Lower == "said" || w.Lower == "the", w.IsOneOfLower(new[] { "said", "the" }));
                Assert.Equal(Lexicon.IsOccupation(w.Bare), Lexicon.IsOccupationBare(w));
                Assert.Equal(Names.IsSuffix(w.Text), Names.IsSuffix(w));
            }
        }

        [Theory]
        [InlineData("Librarian", true)]
        [InlineData("Peter", false)]
        [InlineData("minister's", true)]
        [InlineData("Jr.", false)]
        public void AnOccupationIsTestedOnTheBareWord(string text, bool occupation)
        {
            Assert.Equal(occupation, Lexicon.IsOccupationBare(Words.Split(text)[0]));
        }
    }
}
