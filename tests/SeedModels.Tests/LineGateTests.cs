using System.Collections.Generic;
using System.Linq;
using SeedModels.Extraction.Structure;
using SeedModels.Extraction.Text;
using Xunit;

namespace SeedModels.Tests
{
    /// <summary>
    /// The line gate skips the start-anchored rules for lines of prose. It must never skip a line that one of those rules
    /// could claim: every opening in the lexicon's tables the rules read is let through.
    /// </summary>
    public class LineGateTests
    {
        private static IEnumerable<string> Openings()
        {
            var prefixes = new[]
            {
                Lexicon.FurnitureOpeners, Lexicon.TipRequests, Lexicon.FollowUs, Lexicon.SignOffOpeners, Lexicon.BylineLabels, Lexicon.CaptionLabels,
                Lexicon.StrongCaptionLabels,
            }.SelectMany(p => p.All);
            var phrases = new[] { Lexicon.FurnitureLines, Lexicon.LinkListLabels, Lexicon.Agencies, Lexicon.SignUpButtons }.SelectMany(p => p.Phrases);
            var words = new[]
            {
                Lexicon.ShareWords, Lexicon.CallToActionVerbs, Lexicon.NoticeSubjects, Lexicon.NoticeWords, Lexicon.DateLabels, Lexicon.ReadingTimeWords,
                Lexicon.CreditSources, Lexicon.GalleryCounterWords, Lexicon.RelativeTimeWords,
            }.SelectMany(w => w.Words);
            return prefixes.Concat(phrases).Concat(words).Select(o => o.Trim()).Where(o => o.Length > 0).Distinct();
        }

        [Fact]
        public void EveryOpeningARuleReadsIsLetThrough()
        {
            var gatedOut = new List<string>();
            foreach (var opening in Openings())
            {
                // Alone, before more words, and capitalised as a line opens.
                var line = opening + " Harbour Trust";
                foreach (var candidate in new[] { opening, line, char.ToUpperInvariant(line[0]) + line.Substring(1) })
                {
                    if (!LineGate.MayOpenRole(candidate))
                    {
                        gatedOut.Add(candidate);
                    }
                }
            }

            Assert.True(Openings().Count() > 200, "the tables were read");
            Assert.Empty(gatedOut);
        }

        /// <summary>
        /// A prefix of two words or more is let through on its remainder at the line's second word, and a prefix is matched
        /// character by character: its last word may go on in the line (a label cut short, <c>Advertis</c>).
        /// </summary>
        [Fact]
        public void EveryPrefixOfTwoWordsIsLetThroughWhateverFollowsIt()
        {
            var prefixes = new[]
            {
                Lexicon.FurnitureOpeners, Lexicon.TipRequests, Lexicon.FollowUs, Lexicon.SignOffOpeners, Lexicon.BylineLabels, Lexicon.CaptionLabels,
                Lexicon.StrongCaptionLabels,
            }.SelectMany(p => p.All).Where(p => p.Trim().Split(' ').Length >= 2).Distinct().ToList();
            var gatedOut = new List<string>();
            foreach (var prefix in prefixes)
            {
                foreach (var rest in new[] { string.Empty, "s", "x Harbour Trust", ": Harbour Trust", " and more" })
                {
                    var line = prefix + rest;
                    foreach (var candidate in new[] { line, char.ToUpperInvariant(line[0]) + line.Substring(1), line.ToUpperInvariant() })
                    {
                        if (!LineGate.MayOpenRole(candidate))
                        {
                            gatedOut.Add(candidate);
                        }
                    }
                }
            }

            Assert.True(prefixes.Count > 50, "the tables were read");
            Assert.Empty(gatedOut);
        }

        [Theory]
        [InlineData("Council members voted on Tuesday to close the old library on Elm Street.")]
        [InlineData("A ferry captain from Dunmore Quay retired on Friday after forty years at the helm.")]
        [InlineData("We will reopen the lido in the spring, a spokeswoman for Carrow Leisure said.")]
        [InlineData("The board met on Monday to decide the future of the old ferry pier.")]
        [InlineData("Residents who borrowed books can return them at the town hall.")]
        public void APlainLineOfProseIsGatedOut(string line)
        {
            Assert.False(LineGate.MayOpenRole(line));
        }
    }
}
