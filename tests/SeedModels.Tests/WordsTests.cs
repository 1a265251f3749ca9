using System.Linq;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    public class WordsTests
    {
        [Theory]
        [InlineData("Jane Doe said", "Jane,Doe,said")]
        [InlineData("“It’s fine,” J. K. Rowling said.", "It’s,fine,J.,K.,Rowling,said")]
        [InlineData("the co-op's D.C. office", "the,co-op's,D.C,office")]
        [InlineData(" -- ", "")]
        public void SplitsIntoWordsWithInnerApostrophesHyphensAndInitials(string text, string expected)
        {
            Assert.Equal(expected, string.Join(",", Words.Split(text).Select(w => w.Text)));
        }

        [Theory]
        [InlineData("Jane Doe said", 0, 13)]
        [InlineData("  (7th January)", 0, 15)]
        [InlineData("J. K. Rowling", 3, 13)]
        [InlineData("Sept. 7", 0, 4)]
        public void TheFirstWordIsTheOneSplitGives(string text, int start, int end)
        {
            var split = Words.Split(text, start, end);

            Assert.True(Words.TryFirst(text, start, end, out var first));
            Assert.Equal((split[0].Start, split[0].End), (first.Start, first.End));
        }

        [Theory]
        [InlineData("Story continues below", true)]
        [InlineData("The video failed to LOAD.", true)]
        [InlineData("(load…)", true)]
        [InlineData("A pre-load check", true)] // the run "load", though the word is "pre-load": a necessary condition only
        [InlineData("The loader was skipped", false)]
        [InlineData("Upload 2load", false)]
        [InlineData("", false)]
        public void HoldsAnyOfFindsASetsWordAsAWholeRunOfLetters(string text, bool expected)
        {
            Assert.Equal(expected, Words.HoldsAnyOf(text, new WordSet(new[] { "load", "below", "continues" })));
        }

        [Fact]
        public void HoldsAnyOfIsTrueWheneverTheWordReaderGivesASetsWord()
        {
            var set = new WordSet(new[] { "load", "skip", "us", "we" });
            foreach (var text in new[] { "Skip’s ad", "it's us.", "US. troops", "We-load", "J. Load", "fast-load-x", "ſkip intro" })
            {
                var read = Words.Split(text).Any(w => set.Contains(w) || set.ContainsBare(w));
                Assert.True(!read || Words.HoldsAnyOf(text, set), text);
            }
        }

        [Fact]
        public void TheNoticeWordsAreLettersOnlyAsHoldsAnyOfNeeds()
        {
            Assert.All(Lexicon.NoticeWords.Words, w => Assert.Matches("^[A-Za-z]+$", w));
        }

        [Fact]
        public void ThereIsNoFirstWordInPunctuation()
        {
            Assert.False(Words.TryFirst("“ — ”", 0, 5, out _));
        }

        [Theory]
        [InlineData("Thursday", true)]
        [InlineData("Thurs.", true)]
        [InlineData("7th", true)]
        [InlineData("31", true)]
        [InlineData("Sept.", true)]
        [InlineData("january", true)]
        [InlineData("32", false)]
        [InlineData("Today", false)]
        [InlineData("Marching", false)]
        public void ADateStartsWithAWeekdayADayOrAMonth(string word, bool canStart)
        {
            Assert.Equal(canStart, Dates.CanStartDate(word));
        }

        [Fact]
        public void AParagraphIsSplitOnce()
        {
            var paragraph = new ParagraphWords("“We won,” said Jo Bloggs. She smiled.");

            Assert.Equal("We,won,said,Jo,Bloggs,She,smiled", string.Join(",", paragraph.All.Select(w => w.Text)));
        }

        [Theory]
        [InlineData(0, 8)] // “We won,
        [InlineData(9, 24)] // " said Jo Bloggs"
        [InlineData(10, 17)] // "said Jo"
        [InlineData(17, 19)] // " B": cuts "Bloggs", scanned again
        [InlineData(16, 27)] // "o Bloggs. S": cuts "Jo" and "She", scanned again
        [InlineData(24, 24)]
        [InlineData(36, 37)]
        public void TheWordsOfARangeAreThoseSplittingTheRangeGives(int start, int end)
        {
            const string text = "“We won,” said Jo Bloggs. She smiled.";

            Assert.Equal(Describe(Words.Split(text, start, end)), Describe(new ParagraphWords(text).In(start, end)));
        }

        [Fact]
        public void TheWordsOfAnyRangeAreThoseSplittingTheRangeGives()
        {
            // Ranges that cut words, apostrophes, hyphens, initials and inner dots at either end, in every position.
            var random = new System.Random(7);
            const string alphabet = "aB7 .'’-,“”J.K";
            for (var round = 0; round < 300; round++)
            {
                var chars = new char[random.Next(0, 40)];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = alphabet[random.Next(alphabet.Length)];
                }

                var text = new string(chars);
                var paragraph = new ParagraphWords(text);
                for (var start = 0; start <= text.Length; start++)
                {
                    for (var end = start; end <= text.Length; end++)
                    {
                        Assert.True(Describe(Words.Split(text, start, end)) == Describe(paragraph.In(start, end)), $"\"{text}\" [{start}, {end})");
                    }
                }
            }
        }

        [Theory]
        [InlineData("“It’s fine,” J. K. Rowling said.")]
        [InlineData("")]
        [InlineData("-- co-op's D.C. --")]
        public void ReadingWordByWordGivesTheWordsOfTheSplit(string text)
        {
            var read = new System.Collections.Generic.List<Word>();
            for (var i = 0; Words.TryNext(text, ref i, text.Length, out var w);)
            {
                read.Add(w);
            }

            Assert.Equal(Describe(Words.Split(text)), Describe(read));
        }

        private static string Describe(System.Collections.Generic.List<Word> words) => string.Join(",", words.Select(w => $"{w.Start}-{w.End}"));

        [Fact]
        public void AWordInPlaceCanStartADateExactlyWhenItsTextCan()
        {
            foreach (var w in Words.Split("Thursday thu. Thurs 7th 31 Sept. sep September May may mAR Marching The she a 2021 İnan Şubat \u212Aelvin"))
            {
                Assert.True(Dates.CanStartDate(w.Text) == Dates.CanStartDate(w), w.Text);
            }
        }
    }
}
