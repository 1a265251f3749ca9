using System.Collections.Generic;
using System.Linq;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Which line rules a line can concern, from how it opens. Every boilerplate, byline, credit and date-line rule is
    /// anchored at the line's start (an opener, a label, a share word, a date), so a line opening with a letter and an
    /// ordinary word — most lines of prose — can only be a caption, a notice, a disclosure, a call to action after a colon
    /// or a question, or a credit with a slash; the other rules are skipped for it. The gate's words are read from the
    /// lexicon's own tables, so a rule's new opening is never gated out.
    /// </summary>
    internal static class LineGate
    {
        /// <summary>The first word of every opening a start-anchored line rule reads.</summary>
        private const int RoleOpener = 1;

        /// <summary>
        /// Determiners that open no rule by themselves, only a whole-line phrase (<c>the associated press</c>): prose opens with
        /// them more than with any other word, so their line is let through only when its second word is one such phrase's.
        /// </summary>
        private const int PhraseDeterminer = 2;

        /// <summary>The second words of the phrases <see cref="PhraseDeterminer"/>s open.</summary>
        private static readonly WordSet PhraseDeterminerSeconds;

        /// <summary>
        /// First words that open only prefixes of two words or more (<c>a</c> of <c>a version of this</c>, <c>we</c>, <c>you</c>):
        /// prose opens with many of them, so their line is let through only when the prefix's remainder stands at its second word.
        /// </summary>
        private const int PrefixFirst = 4;

        /// <summary>
        /// Each first word above and its classes (<see cref="RoleOpener"/>, <see cref="PhraseDeterminer"/>, <see cref="PrefixFirst"/>):
        /// a line of prose opens with a word in none of them, and one look-up says so; a line opening with one (<c>The</c>) learns
        /// all its classes from that look-up.
        /// </summary>
        private static readonly WordClasses FirstWords;

        /// <summary>Those prefixes from their second word on (<c>version of this</c>), matched where the line's second word starts.</summary>
        private static readonly Prefixes PrefixRemainders;

        static LineGate()
        {
            var openers = BuildOpeners(out var phraseOpenings, out var prefixOpenings);
            var determiners = new List<string>();
            var seconds = new List<string>();
            foreach (var (first, second) in phraseOpenings)
            {
                if (Lexicon.Determiners.Contains(first.Text) && !openers.Contains(first.Text) && !openers.Contains(first.Bare))
                {
                    determiners.Add(first.Text);
                    determiners.Add(first.Bare);
                    seconds.Add(second.Text);
                    seconds.Add(second.Bare);
                }
            }

            foreach (var phraseOpening in phraseOpenings)
            {
                if (!determiners.Contains(phraseOpening.First.Text))
                {
                    openers.Add(phraseOpening.First.Text);
                    openers.Add(phraseOpening.First.Bare);
                }
            }

            // A prefix's first word that opens nothing by itself is let through on the prefix's remainder at the second word.
            var prefixFirsts = new List<string>();
            var remainders = new List<string>();
            foreach (var (first, remainder) in prefixOpenings)
            {
                if (openers.Contains(first.Text) || openers.Contains(first.Bare))
                {
                    continue;
                }

                prefixFirsts.Add(first.Text);
                prefixFirsts.Add(first.Bare);
                remainders.Add(remainder);
            }

            FirstWords = new WordClasses((openers, RoleOpener), (determiners, PhraseDeterminer), (prefixFirsts, PrefixFirst));
            PhraseDeterminerSeconds = new WordSet(seconds);
            PrefixRemainders = new Prefixes(remainders.Distinct().ToArray());
        }

        /// <summary>Whether a start-anchored rule may claim the line: it opens with no letter, or with one of their first words or a date.</summary>
        public static bool MayOpenRole(string text) => MayOpenRole(text, LineShape.Unknown);

        /// <summary>The same, given the marks the line holds (<see cref="LineShape.Of"/>): a mid-line mark is searched for only when it is there.</summary>
        public static bool MayOpenRole(string text, LineShape shape)
        {
            // A quotation opening the line is looked through to its first word: no rule's opening is a quotation mark.
            if (text.Length == 0 || !(char.IsLetter(text[0]) || Chars.IsOpeningQuote(text[0])) || !Words.TryFirst(text, 0, text.Length, out var first) ||
                !char.IsLetter(first.First))
            {
                return true;
            }

            // A first word with a character outside ASCII (a curly apostrophe, an accent) is let through: the set is ASCII.
            for (var k = first.Start; k < first.End; k++)
            {
                if (text[k] > '\u007F')
                {
                    return true;
                }
            }

            // The word without a possessive or trailing dots is looked up only when it is shorter than the word; a word is in a
            // class when it or its bare form is.
            var bareEnd = first.BareEnd;
            var classes = FirstWords.Of(text, first.Start, first.End) | (bareEnd != first.End ? FirstWords.Of(text, first.Start, bareEnd) : 0);
            var known = classes != 0;
            if ((classes & RoleOpener) != 0 || Dates.CanStartDate(first) || HasMidLineMark(text, shape.Marks))
            {
                return true;
            }

            if (!known)
            {
                // "Courier Photo by Jane Roe": whose picture it is, then a credit's label at the second word.
                var next = first.End;
                return char.IsUpper(first.First) && Words.TryNext(text, ref next, text.Length, out var labelWord) && char.IsUpper(labelWord.First) &&
                       Lexicon.CaptionLabels.Match(text, labelWord.Start) != null;
            }

            var phraseDeterminer = (classes & PhraseDeterminer) != 0;
            var prefixFirst = (classes & PrefixFirst) != 0;
            if (!phraseDeterminer && !prefixFirst)
            {
                return false;
            }

            // "The Kettering Herald": a publication's name alone may credit the picture above it.
            if (phraseDeterminer && EndsWithPublicationWord(text))
            {
                return true;
            }

            // A phrase's words stand apart as they do in the line (its match only folds case and runs of white space), so
            // the line's second word is the phrase's. A prefix is matched character by character from the line's start, so
            // its second word starts where the line's does (the first words are equal), and the rest of the prefix follows there.
            var at = first.End;
            return Words.TryNext(text, ref at, text.Length, out var second) &&
                   (!IsAscii(second) ||
                    (phraseDeterminer && (PhraseDeterminerSeconds.Contains(second) || PhraseDeterminerSeconds.ContainsBare(second))) ||
                    (prefixFirst && PrefixRemainders.Match(text, second.Start) != null));
        }

        private static bool IsAscii(Word word)
        {
            for (var k = word.Start; k < word.End; k++)
            {
                if (word.Source[k] > '\u007F')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The rules that read past an ordinary first word: a section's name before a bar or a standing slash and the date
        /// (<c>News | March 4, 2024</c>, <c>Westhaven Bulletin / March 4, 2024</c>), an embedded post's signature
        /// (<c>Jane Roe (@janeroe) May 2, 2024</c>), a picture link (<c>pic.…/…</c>; no character but <c>p</c> and <c>P</c>
        /// equals <c>p</c> ignoring case, so only those are compared further).
        /// </summary>
        private static bool HasMidLineMark(string text, LineMarks marks) =>
            ((marks & LineMarks.Bar) != 0 && LineTokens.HasBar(text)) ||
            ((marks & LineMarks.Slash) != 0 && LineTokens.HasStandingSlash(text)) ||
            ((marks & (LineMarks.OpenParenthesis | LineMarks.At)) == (LineMarks.OpenParenthesis | LineMarks.At) && text.IndexOf("(@", System.StringComparison.Ordinal) >= 0) ||
            ((text[0] == 'p' || text[0] == 'P') && text.StartsWith("pic.", System.StringComparison.OrdinalIgnoreCase));

        private static bool EndsWithPublicationWord(string text)
        {
            var end = Chars.LastLetterRun(text, out var start);
            return end > start && Lexicon.PublicationWords.Contains(text, start, end);
        }

        /// <summary>
        /// The openers, but for the whole-line phrases' first words, given with their second words apart, and the first words of
        /// prefixes of two words or more, given with the rest of the prefix from its second word.
        /// </summary>
        private static List<string> BuildOpeners(out List<(Word First, Word Second)> phraseOpenings, out List<(Word First, string Remainder)> prefixOpenings)
        {
            phraseOpenings = new List<(Word First, Word Second)>();
            prefixOpenings = new List<(Word First, string Remainder)>();
            // "ends" and "end": a release's end mark alone on its line (BoilerplateDetector.IsReleaseEndMark), a rule of code, not of a table;
            // "poll": a poll's question (BoilerplateDetector.IsPollQuestion).
            var words = new List<string> { "originally", "by", "for", "to", "ends", "end", "poll" };
            foreach (var prefixes in new[]
            {
                Lexicon.FurnitureOpeners, Lexicon.TipRequests, Lexicon.FollowUs, Lexicon.FeedFooterOpeners, Lexicon.SignOffOpeners, Lexicon.BylineLabels, Lexicon.CaptionLabels,
                Lexicon.StrongCaptionLabels, Lexicon.DealsWidgetOpeners, Lexicon.AuthorLinkOpeners,
            })
            {
                foreach (var prefix in prefixes.All)
                {
                    // A prefix opening with its first word (no mark before it) and going on to a second word.
                    var at = 0;
                    if (prefix.Length > 0 && char.IsLetter(prefix[0]) && Words.TryNext(prefix, ref at, prefix.Length, out var first) && first.Start == 0 &&
                        Words.TryNext(prefix, ref at, prefix.Length, out var second))
                    {
                        // Without the space a prefix may end with ("Have a "): a line that ends there is let through too.
                        prefixOpenings.Add((first, prefix.Substring(second.Start).TrimEnd()));
                    }
                    else
                    {
                        AddFirstWord(words, prefix);
                    }
                }
            }

            foreach (var phrases in new[] { Lexicon.FurnitureLines, Lexicon.LinkListLabels, Lexicon.Agencies, Lexicon.SignUpButtons, Lexicon.TeaserLabels, Lexicon.SummaryBoxLabels, Lexicon.ContactBoxLabels, Lexicon.StandInPictureCaptions })
            {
                foreach (var phrase in phrases.Phrases)
                {
                    var at = 0;
                    if (Words.TryNext(phrase, ref at, phrase.Length, out var first) && Words.TryNext(phrase, ref at, phrase.Length, out var second))
                    {
                        phraseOpenings.Add((first, second));
                    }
                    else
                    {
                        AddFirstWord(words, phrase);
                    }
                }
            }

            foreach (var set in new[]
            {
                Lexicon.ShareWords, Lexicon.CallToActionVerbs, Lexicon.NoticeSubjects, Lexicon.NoticeWords, Lexicon.DateLabels,
                Lexicon.ReadingTimeWords, Lexicon.CreditSources, Lexicon.GalleryCounterWords, Lexicon.RelativeTimeWords, Lexicon.PagerWords,
                Lexicon.RatingOpeners, Lexicon.RatingLabels, Lexicon.ReactionWords, Lexicon.GluedTeaserLabels, Lexicon.DateIconWords, Lexicon.Seasons,
            })
            {
                words.AddRange(set.Words);
            }

            return words;
        }

        private static void AddFirstWord(List<string> words, string prefix)
        {
            if (Words.TryFirst(prefix, 0, prefix.Length, out var first))
            {
                words.Add(first.Text);
                words.Add(first.Bare);
            }
        }
    }
}
