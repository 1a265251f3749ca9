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
        public static void Detect(List<Unit> units) => Units.ClaimBetweenBody(units, TryClaim);

        /// <summary>
        /// Whether the unit is a photo description, a picture's alt text or a line placing a person, read once: all three
        /// refuse a line with a quotation mark and any line of more or less than one sentence (<see cref="CaptionDetector.IsNameAtPlace"/>
        /// asks it first), so most paragraphs are refused on the unit's counted sentences before any word is read; a
        /// description or a placed person also closes with a full stop, and alt text or a placed person runs to thirty words at most.
        /// </summary>
        private static bool TryClaim(Unit unit)
        {
            var t = unit.Text.Trim();
            if (t.Length == 0 || HasQuoteMark(t) || !(ReferenceEquals(t, unit.Text) ? unit.SentencesUpTo(2) == 1 : Sentences.IsOne(t)))
            {
                return false;
            }

            // Trimmed or not, the text holds the same words: white space is no part of one.
            var fullStop = t[t.Length - 1] == '.';
            var shortEnough = unit.WordsUpTo(MaxPhotoDescriptionWords + 1) <= MaxPhotoDescriptionWords;
            if (!(fullStop && IsDescribingSentence(t) && !HasPrice(t)) && !(shortEnough && Lexicon.AltTextOpeners.Match(t) != null) &&
                !(fullStop && shortEnough && IsPlacedPersonSentence(t)))
            {
                return false;
            }

            unit.Kind = UnitKind.Caption;
            unit.CaptionText = t;
            return true;
        }

        /// <summary>
        /// A price (<c>$58,990</c>, <c>£12</c>): a sentence in the present tense that states one (<c>The Sport sits in the middle of
        /// the range at $58,990 …</c>) is a review's or a report's, not what a picture shows.
        /// </summary>
        private static bool HasPrice(string t)
        {
            for (var i = 0; i + 1 < t.Length; i++)
            {
                if (Chars.IsCurrencySign(t[i]) && char.IsDigit(t[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A short line placing a person without a verb (<c>Jane Roe at the pier on Friday.</c>): only a caption is so written.
        /// <paramref name="t"/> is trimmed, closes with a full stop, holds no quotation mark and thirty words at most.
        /// </summary>
        private static bool IsPlacedPersonSentence(string t)
        {
            if (!CaptionDetector.IsNameAtPlace(t) && !IsThingAtPlace(t))
            {
                return false;
            }

            // "Jane Roe at the council said …" reports speech, "Jane Roe at the time opposed the plan." narrates: the story's
            // sentence, however it opens. A caption placing someone holds no verb.
            var at = 0;
            var previous = default(Word);
            var first = true;
            while (Words.TryNext(t, ref at, t.Length, out var w))
            {
                if (Lexicon.SpeechVerbs.Contains(w) || IsNarrativeWord(w) || (!first && IsFiniteVerb(t, previous, w)))
                {
                    return false;
                }

                previous = w;
                first = false;
            }

            return true;
        }

        /// <summary>A thing placed is named in a short line: a caption's, not the story's sentence.</summary>
        private const int MaxPlacedThingWords = 16;

        /// <summary>
        /// A short line placing a thing or an unnamed person (<c>The counter at the co-op, on a quiet Tuesday.</c>, <c>An
        /// apprentice at a training centre in Westhaven.</c>): an article, one to three lower-case words of a noun, then a
        /// preposition of place. The caller refuses any finite verb after it.
        /// </summary>
        private static bool IsThingAtPlace(string t)
        {
            var words = Words.SplitFirst(t, 0, Math.Min(t.Length, 80), 5);
            if (words.Count < 4 || !(words[0].Is("The") || words[0].Is("A") || words[0].Is("An")) ||
                Chars.CountWords(t, 0, t.Length, limit: MaxPlacedThingWords + 1) > MaxPlacedThingWords)
            {
                return false;
            }

            for (var n = 2; n <= 4 && n < words.Count; n++)
            {
                var w = words[n - 1];
                if (w.IsCapitalized || !IsPlainWord(w) || Lexicon.FunctionWords.Contains(w) || w.BareEndsWith("ed") || HasComma(t, w))
                {
                    return false;
                }

                if (!words[n].IsCapitalized && Lexicon.PlacePrepositions.ContainsBare(words[n]))
                {
                    return !HasIrregularPast(t);
                }
            }

            return false;
        }

        /// <summary>Whether a lower-case past tense without <c>-ed</c> stands in the line (<c>… quit on Friday.</c>): it narrates.</summary>
        private static bool HasIrregularPast(string t)
        {
            var at = 0;
            while (Words.TryNext(t, ref at, t.Length, out var w))
            {
                if (!w.IsCapitalized && Lexicon.IrregularPastVerbs.ContainsBare(w))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a lower-case word after <paramref name="previous"/> shows a finite verb: an auxiliary or modal
        /// (<c>was</c>, <c>will</c>); a word in <c>-ed</c> not led by an article, a preposition or an adverb, as an
        /// adjective is (<c>at first refused</c> against <c>the newly renovated library</c>); or an article after a word
        /// that opens no noun phrase, which is a verb's object (<c>won a second term</c>).
        /// </summary>
        private static bool IsFiniteVerb(string t, Word previous, Word w)
        {
            if (w.IsCapitalized)
            {
                return false;
            }

            if (Lexicon.AuxiliaryVerbs.ContainsBare(w))
            {
                return true;
            }

            // After a comma a phrase opens afresh ("with his dog, named Biscuit", "at the pier, the town's oldest").
            if (HasComma(t, previous))
            {
                return false;
            }

            var leadsPhrase = Lexicon.NounPhraseLeaders.ContainsBare(previous) || Lexicon.NounPhraseOpeners.ContainsBare(previous);
            if (Lexicon.NounPhraseOpeners.Contains(w))
            {
                return !previous.IsCapitalized && !leadsPhrase;
            }

            // "bed", "shed", "seed", "hundred" end so and are no verbs.
            var length = w.BareEnd - w.Start;
            if (length < 5 || !w.BareEndsWith("ed") || w.BareEndsWith("eed") || w.LowerIs("hundred"))
            {
                return false;
            }

            return !leadsPhrase && !previous.BareEndsWith("ly");
        }

        /// <summary>
        /// A picture's alternative text copied with the page: a short line naming what the picture is (<c>Photo of the
        /// harbour at dawn</c>, <c>A screenshot of the council's website</c>), with no sentence after it.
        /// </summary>
        public static bool IsAltText(string text)
        {
            var t = text.Trim();
            return t.Length > 0 && Lexicon.AltTextOpeners.Match(t) != null && !HasQuoteMark(t) && Sentences.IsOne(t) &&
                   Chars.CountWords(t, 0, t.Length, limit: MaxPhotoDescriptionWords + 1) <= MaxPhotoDescriptionWords;
        }

        public static bool IsPhotoDescription(string text)
        {
            var t = text.Trim();
            return t.Length > 0 && t[t.Length - 1] == '.' && !HasQuoteMark(t) && Sentences.IsOne(t) && IsDescribingSentence(t);
        }

        /// <summary><see cref="IsPhotoDescription"/> past its marks: <paramref name="t"/> trimmed, one sentence closing with a full stop, no quotation mark.</summary>
        private static bool IsDescribingSentence(string t)
        {
            // Most paragraphs fail on their length, their first word or a narrative word, read in place; the same scan keeps the
            // first words, all the subject's test below reads (the eighth word and the one after it at most).
            var words = new Word[SubjectWordsRead];
            var count = DescriptionShapedWords(t, words);
            if (count == 0)
            {
                return false;
            }

            // The subject: a determiner or capital, then nouns only — no function word, number, comma or past tense.
            for (var i = 1; i < count && i <= 8; i++)
            {
                var w = words[i];
                if (IsPresentTenseAction(words, count, i) && !HasComma(t, w))
                {
                    return !Lexicon.Modals.Contains(words[i - 1]);
                }

                if ((!w.IsCapitalized && Lexicon.FunctionWords.Contains(w)) || Lexicon.SpeechVerbs.Contains(w) || HasComma(t, words[i - 1]) || !IsPlainWord(w) ||
                    (!w.IsCapitalized && i > 1 && w.EndsWith("ed")) || IsParticipleWithObject(words, count, i))
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>How many of a description's first words its subject's test reads: up to the ninth and the word after it.</summary>
        private const int SubjectWordsRead = 10;

        /// <summary>
        /// Four to thirty words; a capitalised first word that is no pronoun and opens no clause; no narrative word. A picture
        /// shows someone doing something: not a pronoun's act ("He points out …"), not a clause opening ("During arguments in
        /// …"), not what someone said, not an argument ("… a concern, that …", "… as those …"). Returns the number of words
        /// (<see cref="Words.Split(string)"/>'s), 0 when the shape fails; the first ones are kept in <paramref name="first"/>.
        /// </summary>
        private static int DescriptionShapedWords(string t, Word[] first)
        {
            var count = 0;
            var at = 0;
            while (Words.TryNext(t, ref at, t.Length, out var w))
            {
                if (++count > MaxPhotoDescriptionWords)
                {
                    return 0;
                }

                if (count == 1 && (!w.IsCapitalized || Lexicon.PersonPronouns.Contains(w) || Lexicon.GroupPronouns.Contains(w) || w.LowerIs("i") ||
                                   w.LowerIs("we") || w.LowerIs("you") || Lexicon.ClauseOpeners.Contains(w)))
                {
                    return 0;
                }

                if (!w.IsCapitalized && IsNarrativeWord(w))
                {
                    return 0;
                }

                if (count <= first.Length)
                {
                    first[count - 1] = w;
                }
            }

            return count >= 4 ? count : 0;
        }

        /// <summary>Words that tie one clause to another or report speech: a picture's caption describes, it does not argue.</summary>
        private static readonly string[] NarrativeWords =
        {
            "that", "as", "because", "which", "while", "although", "though", "since", "if", "unless", "whether",
            "said", "says", "told", "tells", "according", "added", "explained", "stated", "claimed", "argued", "wrote", "writes",
        };

        /// <summary>By length, the narrative words' first letters (a bit each, 'a' to 'z'): every word of a paragraph is tested, nearly none is one.</summary>
        private static readonly ulong[] NarrativeInitials = InitialsByLength(NarrativeWords);

        /// <summary><c>w.IsOneOfLower(NarrativeWords)</c>, most words failing on their length and first letter, lower-cased as it lower-cases them.</summary>
        private static bool IsNarrativeWord(Word w)
        {
            var length = w.BareEnd - w.Start;
            var initial = Chars.ToLowerInvariant(w.First);
            return length < NarrativeInitials.Length && initial >= 'a' && initial <= 'z' && (NarrativeInitials[length] & (1UL << (initial - 'a'))) != 0 &&
                   w.IsOneOfLower(NarrativeWords);
        }

        private static ulong[] InitialsByLength(string[] lowers)
        {
            var longest = 0;
            foreach (var lower in lowers)
            {
                longest = Math.Max(longest, lower.Length);
            }

            var initials = new ulong[longest + 1];
            foreach (var lower in lowers)
            {
                initials[lower.Length] |= 1UL << (lower[0] - 'a');
            }

            return initials;
        }

        /// <summary>
        /// A verb in <c>-ing</c> taking an object inside the subject ("Officials considering dismissing the chief …"): the
        /// sentence narrates. A noun in <c>-ing</c> ("the building police officer") takes none.
        /// </summary>
        private static bool IsParticipleWithObject(Word[] words, int count, int i)
        {
            var w = words[i];
            if (w.IsCapitalized || !w.EndsWith("ing") || i + 1 >= count)
            {
                return false;
            }

            var next = words[i + 1];
            return next.IsCapitalized || next.EndsWith("ing") || Lexicon.Determiners.Contains(next);
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
        private static bool IsPresentTenseAction(Word[] words, int count, int i)
        {
            // The word is tested where it stands: WordSet.Contains(Word) is Contains(word.Text) without the copy.
            // Written capitalised, the word is a name or a month ("Between March 17 and March 22 …"), not the picture's verb;
            // before an auxiliary it is the subject's noun ("The next dance is on …", "The march will start …").
            var word = words[i];
            if (Lexicon.PhotoVerbs.Contains(word) && !word.IsCapitalized)
            {
                return i + 1 >= count || !Lexicon.AuxiliaryVerbs.ContainsBare(words[i + 1]);
            }

            if (!(words[0].Is("A") || words[0].Is("An")) || words[i - 1].LowerIs("of"))
            {
                return false;
            }

            if (word.End - word.Start < 4 || word.IsCapitalized || word.IsPossessive || !word.EndsWith("s") || word.EndsWith("ss") ||
                word.EndsWith("us") || Lexicon.NarrativeVerbs.Contains(word) || i + 1 >= count)
            {
                return false;
            }

            return Lexicon.PictureObjectStarts.Contains(words[i + 1]);
        }

        private static bool HasComma(string t, Word w) => w.End < t.Length && t[w.End] == ',';

        private static bool HasQuoteMark(string t) => t.IndexOfAny(QuoteMarks) >= 0;
    }
}
