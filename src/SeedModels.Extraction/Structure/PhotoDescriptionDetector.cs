using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which lone one-sentence paragraphs between body paragraphs describe a picture in the present tense
    /// (<c>A firefighter sprays water on the roof.</c>): they are captions without a credit.
    /// </summary>
    internal static class PhotoDescriptionDetector
    {
        /// <summary>A photo description is one short sentence.</summary>
        private const int MaxPhotoDescriptionWords = 30;

        private static readonly char[] QuoteMarks = { '"', '\u201C', '\u201D', '\u2018' };

        /// <summary>A one-sentence paragraph between body paragraphs that describes a picture in the present tense.</summary>
        public static void Detect(List<Unit> units) => Units.ClaimBetweenBody(units, unit =>
        {
            if (!IsPhotoDescription(unit.Text))
            {
                return false;
            }

            unit.Kind = UnitKind.Caption;
            unit.CaptionText = unit.Text.Trim();
            return true;
        });

        public static bool IsPhotoDescription(string text)
        {
            var t = text.Trim();
            if (t.Length == 0 || t[t.Length - 1] != '.' || HasQuoteMark(t) || !Sentences.IsOne(t))
            {
                return false;
            }

            // Most paragraphs fail on their length, their first word or a narrative word: read in place before any list is made.
            if (!MayDescribe(t))
            {
                return false;
            }

            var words = Words.Split(t);
            if (words.Count < 4 || words.Count > MaxPhotoDescriptionWords || !words[0].IsCapitalized)
            {
                return false;
            }

            // A picture shows someone doing something: not a pronoun's act ("He points out …"), not a clause opening
            // ("During arguments in …"), not what someone said, not an argument ("… a concern, that …", "… as those …").
            if (Lexicon.PersonPronouns.Contains(words[0]) || Lexicon.GroupPronouns.Contains(words[0]) || words[0].LowerIs("i") || words[0].LowerIs("we") ||
                words[0].LowerIs("you") || Lexicon.ClauseOpeners.Contains(words[0]) || HasNarrativeWord(words))
            {
                return false;
            }

            // The subject: a determiner or capital, then nouns only — no function word, number, comma or past tense.
            for (var i = 1; i < words.Count && i <= 8; i++)
            {
                var w = words[i];
                if (IsPresentTenseAction(words, i) && !HasComma(t, w))
                {
                    return !Lexicon.Modals.Contains(words[i - 1]);
                }

                if ((!w.IsCapitalized && Lexicon.FunctionWords.Contains(w)) || Lexicon.SpeechVerbs.Contains(w) || HasComma(t, words[i - 1]) || !IsPlainWord(w) ||
                    (!w.IsCapitalized && i > 1 && w.Text.EndsWith("ed", StringComparison.Ordinal)) || IsParticipleWithObject(words, i))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The tests below on the word count, the first word and the narrative words, made on the words where they stand:
        /// necessary for a photo description, and each as the list-based test makes it.
        /// </summary>
        private static bool MayDescribe(string t)
        {
            var count = 0;
            var at = 0;
            while (Words.TryNext(t, ref at, t.Length, out var w))
            {
                if (++count > MaxPhotoDescriptionWords)
                {
                    return false;
                }

                if (count == 1 && (!w.IsCapitalized || Lexicon.PersonPronouns.Contains(w) || Lexicon.GroupPronouns.Contains(w) || w.LowerIs("i") ||
                                   w.LowerIs("we") || w.LowerIs("you") || Lexicon.ClauseOpeners.Contains(w)))
                {
                    return false;
                }

                if (!w.IsCapitalized && w.IsOneOfLower(NarrativeWords))
                {
                    return false;
                }
            }

            return count >= 4;
        }

        /// <summary>Words that tie one clause to another or report speech: a picture's caption describes, it does not argue.</summary>
        private static readonly string[] NarrativeWords =
        {
            "that", "as", "because", "which", "while", "although", "though", "since", "if", "unless", "whether",
            "said", "says", "told", "tells", "according", "added", "explained", "stated", "claimed", "argued", "wrote", "writes",
        };

        private static bool HasNarrativeWord(List<Word> words)
        {
            foreach (var w in words)
            {
                if (!w.IsCapitalized && w.IsOneOfLower(NarrativeWords))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A verb in <c>-ing</c> taking an object inside the subject ("Officials considering dismissing the chief …"): the
        /// sentence narrates. A noun in <c>-ing</c> ("the building police officer") takes none.
        /// </summary>
        private static bool IsParticipleWithObject(List<Word> words, int i)
        {
            var w = words[i];
            if (w.IsCapitalized || !EndsWith(w, "ing") || i + 1 >= words.Count)
            {
                return false;
            }

            var next = words[i + 1];
            return next.IsCapitalized || EndsWith(next, "ing") || Lexicon.Determiners.Contains(next);
        }

        private static bool IsPlainWord(Word w)
        {
            // The bare word where it stands (w.Bare without the copy).
            for (int k = w.Start, end = w.BareEnd; k < end; k++)
            {
                var c = w.Source[k];
                if (!char.IsLetter(c) && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A known picture verb (<c>poses</c>, <c>gestures</c>), or, after a subject opening with <c>A</c> or <c>An</c>, a
        /// third-person verb in <c>-s</c> followed by an object or a place (<c>A crew member hauls one of …</c>) and not one
        /// of the verbs narrative uses. Any other word in <c>-s</c> is as often a plural noun (<c>Council members in …</c>,
        /// <c>A group of officers at …</c> open narrative sentences), and a body paragraph taken for a caption loses text.
        /// </summary>
        private static bool IsPresentTenseAction(List<Word> words, int i)
        {
            // The word is tested where it stands: WordSet.Contains(Word) is Contains(word.Text) without the copy.
            var word = words[i];
            if (Lexicon.PhotoVerbs.Contains(word))
            {
                return true;
            }

            if (!(words[0].Is("A") || words[0].Is("An")) || words[i - 1].LowerIs("of"))
            {
                return false;
            }

            if (word.End - word.Start < 4 || word.IsCapitalized || word.IsPossessive || !EndsWith(word, "s") || EndsWith(word, "ss") ||
                EndsWith(word, "us") || Lexicon.NarrativeVerbs.Contains(word) || i + 1 >= words.Count)
            {
                return false;
            }

            return Lexicon.PictureObjectStarts.Contains(words[i + 1]);
        }

        /// <summary><c>w.Text.EndsWith(suffix, StringComparison.Ordinal)</c> without the copy.</summary>
        private static bool EndsWith(Word w, string suffix) =>
            w.End - w.Start >= suffix.Length && string.CompareOrdinal(w.Source, w.End - suffix.Length, suffix, 0, suffix.Length) == 0;

        private static bool HasComma(string t, Word w) => w.End < t.Length && t[w.End] == ',';

        private static bool HasQuoteMark(string t) => t.IndexOfAny(QuoteMarks) >= 0;
    }
}
