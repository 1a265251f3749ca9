using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides the crossheads: short heading lines between body paragraphs, with no closing punctuation (a question
    /// mark aside), that a paragraph of prose follows. A heading may open with a quotation (<c>‘Ends the debate’: Agency</c>)
    /// or a number (<c>3. The budget option</c>). A question put to an interviewee (a quoted answer follows) and a question
    /// the text asks itself (<c>So where does that leave us?</c>) are body.
    /// </summary>
    internal static class CrossheadDetector
    {
        public const int MaxWords = 12;

        /// <summary>The facts under a numbered item's heading: a few short lines (a price, a rating, a size).</summary>
        private const int MaxFactLines = 10;

        private const int MaxFactWords = 16;

        /// <summary>A box of labelled links under a title: three lines or more, and a box is short.</summary>
        private const int MinBoxLines = 3;

        private const int MaxBoxLines = 8;

        /// <summary>A box line's label: <c>Today's news:</c>, <c>We want to hear from you:</c>.</summary>
        private const int MaxLabelWords = 6;

        private const int MaxLabelLength = 40;

        /// <summary>A heading of one word is a word of some length (<c>Reforms</c>), not an abbreviation or a stray code.</summary>
        private const int MinOneWordLetters = 4;

        /// <summary>Words a sentence of the text opens with, never a heading.</summary>
        private static readonly string[] DiscourseOpeners = { "so", "but", "and", "or", "yet", "then", "now", "well", "still", "also", "plus" };

        public static void Detect(List<Unit> units)
        {
            var lastText = Units.LastText(units);
            var seenBody = false;

            // Whether a paragraph of prose was passed (a jump list's headings are none): a review's box label before any ("Our
            // Verdict") heads no section.
            var seenParagraph = false;
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                seenBody |= unit.Kind == UnitKind.Standfirst;
                if (unit.Kind != UnitKind.Text || CaptionDetector.TryCreditCaptionAbove(units, i))
                {
                    continue;
                }

                // A picture's alt text over the caption it repeats is the picture's, no heading.
                if (RepeatsCaptionBelow(units, i))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    continue;
                }

                if (!seenBody || i >= lastText || !LooksLikeCrosshead(unit) || AfterAnotherHeadingLine(units, i))
                {
                    seenBody = true;
                    seenParagraph = seenParagraph || IsProse(unit);
                    continue;
                }

                // "Get the biggest stories from the North" / "Sign up to our free daily newsletter …": a sign-up box's title.
                if (OverACallToAction(units, i))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    continue;
                }

                if (FollowedByProse(units, i, unit.Text) || (IsNumbered(unit.Text) && FollowedBySubheading(units, i)))
                {
                    var boxEnd = LabelledBoxEnd(units, i);
                    if (boxEnd < 0)
                    {
                        unit.Kind = !seenParagraph && Lexicon.ReviewBoxLabels.Contains(unit.Text) ? UnitKind.Boilerplate : UnitKind.Crosshead;
                        continue;
                    }

                    // A box of the page's own links under a title ("What to know" / "Today's news: …" / "Newsletter: Sign up …").
                    for (var k = i; k < boxEnd; k++)
                    {
                        units[k].Kind = units[k].Kind == UnitKind.Text ? UnitKind.Boilerplate : units[k].Kind;
                    }

                    i = boxEnd - 1;
                    continue;
                }

                var prose = IsNumbered(unit.Text) ? ProseAfterFacts(units, i) : -1;
                if (prose > 0)
                {
                    // The item's facts are its own: none is the next heading, save the verdict under the heading.
                    unit.Kind = UnitKind.Crosshead;
                    MarkVerdictAmongFacts(units, i, prose);
                    i = prose - 1;
                    continue;
                }

                seenBody = true;
                seenParagraph = seenParagraph || IsProse(unit);
            }
        }

        /// <summary>The unit repeats the caption right under it, word for word: a picture's alt text copied with its caption.</summary>
        private static bool RepeatsCaptionBelow(List<Unit> units, int i)
        {
            if (i + 1 >= units.Count || units[i + 1].Kind != UnitKind.Caption || !units[i].IsSingleLine)
            {
                return false;
            }

            var caption = units[i + 1].CaptionText ?? units[i + 1].Text;
            var text = units[i].Text.Trim();
            return text.Length == caption.Trim().Length && string.CompareOrdinal(text, caption.Trim()) == 0;
        }

        /// <summary>
        /// Whether a short line that is no heading stands right before this one: two headline-shaped lines in a row between
        /// paragraphs are links to other stories, unless the first is a numbered heading (<c>2. The budget option</c>) with its
        /// subheading under it.
        /// </summary>
        private static bool AfterAnotherHeadingLine(List<Unit> units, int i)
        {
            var k = i - 1;
            while (k >= 0 && (units[k].Kind == UnitKind.Boilerplate || units[k].Kind == UnitKind.Caption || units[k].Kind == UnitKind.Credit))
            {
                k--;
            }

            if (k < 0 || units[k].Kind == UnitKind.Crosshead)
            {
                return false;
            }

            var previous = units[k];
            return previous.Kind == UnitKind.Text && previous.IsSingleLine && !IsProse(previous) && LooksLikeCrosshead(previous);
        }

        /// <summary>
        /// The end of a box of the page's links under a title: three or more paragraphs in a row that each open with a short
        /// label and a colon (<c>Today's news: Follow …</c>, <c>Ground Game: Sign up …</c>), one of them furniture. An
        /// interview's answers (<c>Jane: …</c>) are labelled too, but none of them is furniture. -1 when no box follows.
        /// </summary>
        private static int LabelledBoxEnd(List<Unit> units, int heading)
        {
            var labelled = 0;
            var furniture = false;
            var k = heading + 1;
            for (; k < units.Count && labelled < MaxBoxLines; k++)
            {
                var unit = units[k];
                if ((unit.Kind != UnitKind.Text && unit.Kind != UnitKind.Boilerplate) || !OpensWithLabel(unit.Text))
                {
                    break;
                }

                labelled++;
                furniture |= unit.Kind == UnitKind.Boilerplate;
            }

            return labelled >= MinBoxLines && furniture ? k : -1;
        }

        /// <summary>A short label closed by a colon opens the paragraph: a capital, at most six words, no sentence before the colon.</summary>
        private static bool OpensWithLabel(string text)
        {
            var t = text.TrimStart();
            var colon = t.IndexOf(':', 0, System.Math.Min(t.Length, MaxLabelLength + 1));
            if (colon <= 0 || colon == t.Length - 1 || !char.IsUpper(t[0]) || t[colon + 1] != ' ')
            {
                return false;
            }

            for (var c = 0; c < colon; c++)
            {
                if (t[c] == '.' || t[c] == '"' || t[c] == '\u201C')
                {
                    return false;
                }
            }

            return Chars.CountWords(t, 0, colon, limit: MaxLabelWords + 1) <= MaxLabelWords;
        }

        /// <summary>A numbered heading: <c>1. Snugwell Deluxe</c>, <c>3) The budget option</c>.</summary>
        private static bool IsNumbered(string text) => text.Length > 0 && char.IsDigit(text.TrimStart()[0]);

        /// <summary>A numbered heading's subheading follows it, then prose (<c>1. Snugwell Deluxe</c> / <c>Best overall, 9/10</c>).</summary>
        private static bool FollowedBySubheading(List<Unit> units, int i)
        {
            var k = i + 1;
            while (k < units.Count && (units[k].Kind == UnitKind.Boilerplate || units[k].Kind == UnitKind.Caption || units[k].Kind == UnitKind.Credit))
            {
                k++;
            }

            return k < units.Count && units[k].Kind == UnitKind.Text && LooksLikeCrosshead(units[k]) && FollowedByProse(units, k, units[k].Text);
        }

        /// <summary>
        /// A numbered item of a list of products or places: its heading (<c>2. Dunmore Pod</c>), a few short lines of facts
        /// (a price, a rating, what we like, a size), then prose about it.
        /// </summary>
        /// <returns>The index of the prose after the facts, or -1.</returns>
        private static int ProseAfterFacts(List<Unit> units, int i)
        {
            var facts = 0;
            for (var k = i + 1; k < units.Count; k++)
            {
                var next = units[k];
                if (next.Kind == UnitKind.Boilerplate || next.Kind == UnitKind.Caption || next.Kind == UnitKind.Credit)
                {
                    continue;
                }

                if (next.Kind != UnitKind.Text || IsNumbered(next.Text))
                {
                    return -1;
                }

                if (IsProse(next))
                {
                    return facts > 0 ? k : -1;
                }

                if (!next.IsSingleLine || ++facts > MaxFactLines || next.WordsUpTo(MaxFactWords + 1) > MaxFactWords)
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>
        /// A review item's verdict under its heading, perhaps past its price (<c>2. Dunmore Pod</c> / <c>£79.99, Harbour
        /// Stores</c> / <c>Best value locker, 9/10</c>): a heading-shaped line that ranks the item (<c>Best …</c>, <c>Most …</c>)
        /// or scores it (<c>…, 8/10</c>) is the item's subheading; the other facts stay body.
        /// </summary>
        private static void MarkVerdictAmongFacts(List<Unit> units, int heading, int prose)
        {
            var seen = 0;
            for (var k = heading + 1; k < prose && seen < 2; k++)
            {
                var fact = units[k];
                if (fact.Kind != UnitKind.Text)
                {
                    continue;
                }

                seen++;
                if (HasCurrencySign(fact.Text))
                {
                    continue;
                }

                if (LooksLikeCrosshead(fact) && fact.Text.IndexOf(':') < 0 && IsVerdict(fact.Text.Trim()))
                {
                    fact.Kind = UnitKind.Crosshead;
                }

                return;
            }
        }

        /// <summary>A verdict ranks (<c>Best for small flats</c>, <c>Most stylish</c>) or scores (<c>Best overall, 9/10</c>).</summary>
        private static bool IsVerdict(string text)
        {
            if (Words.TryFirst(text, 0, text.Length, out var first) && Lexicon.VerdictOpeners.Contains(first))
            {
                return true;
            }

            // A score closing the line: "9/10", "4.5/5".
            var slash = text.LastIndexOf('/');
            if (slash <= 0 || slash >= text.Length - 1 || text.Length - slash > 4 || !char.IsDigit(text[slash - 1]))
            {
                return false;
            }

            for (var k = slash + 1; k < text.Length; k++)
            {
                if (!char.IsDigit(text[k]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasCurrencySign(string text)
        {
            foreach (var c in text)
            {
                if (Chars.IsCurrencySign(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool LooksLikeCrosshead(Unit unit)
        {
            var text = unit.Text.Trim();
            if (!unit.IsSingleLine || unit.HasMarkup || text.Length == 0 || !OpensLikeAHeading(text))
            {
                return false;
            }

            var last = text[text.Length - 1];
            if (last == '.' || last == ',' || last == ';' || last == ':' || last == ')' || last == '!')
            {
                return false;
            }

            // A quotation as the heading ("“A Regret I Will Carry”", "\"A Regret I Will Carry\""), not a quoted sentence ("“We lost everything.”") nor a
            // paragraph ending in a quotation ("Roe told reporters: ''We are done.''").
            if (IsClosingQuote(last) && (text.Length < 3 || !char.IsLetter(text[text.Length - 2]) || !HasOpeningQuote(text)))
            {
                return false;
            }

            // A handle or a web address is an embedded post's signature or a link, never a heading.
            if (HasAddress(text))
            {
                return false;
            }

            var words = Words.Split(text);
            if (words.Count == 0 || words.Count > MaxWords || (words.Count == 1 && words[0].End - words[0].Start < MinOneWordLetters))
            {
                return false;
            }

            // "By jdoe": an author box's label over a user name, no heading.
            if (words.Count == 2 && words[0].Is("By") && char.IsLower(words[1].First))
            {
                return false;
            }

            if (words[0].IsOneOfLower(DiscourseOpeners) || (HasSpeechVerb(words) && !IsWhatWasSaid(text, words)))
            {
                return false;
            }

            return true;
        }

        /// <summary>
        /// <c>What the boss said</c>, <c>What they say</c>: a heading over the quotes below it, opened by <c>What</c> and closed by the
        /// speech verb with no mark after it (a sentence saying so goes on or closes with its full stop).
        /// </summary>
        private static bool IsWhatWasSaid(string text, List<Word> words)
        {
            var last = words[words.Count - 1];
            return words.Count >= 3 && words[0].Is("What") && (last.Is("said") || last.Is("says") || last.Is("say")) && last.End == text.TrimEnd().Length;
        }

        /// <summary>An <c>@</c> handle or a web address (<c>pic.example.com/…</c>, <c>https://…</c>, <c>www.…</c>).</summary>
        private static bool HasAddress(string text) =>
            text.IndexOf('@') >= 0 || text.IndexOf("://", System.StringComparison.Ordinal) >= 0 || text.IndexOf("www.", System.StringComparison.OrdinalIgnoreCase) >= 0 ||
            text.IndexOf(".com/", System.StringComparison.OrdinalIgnoreCase) >= 0;

        private static bool IsClosingQuote(char c) => c == '\u201D' || c == '\u2019' || c == '\'' || c == '"';

        /// <summary>An opening mark at the start or after a space: <c>“A Regret”</c>, <c>The ‘change candidate’</c>.</summary>
        private static bool HasOpeningQuote(string text)
        {
            for (var i = 0; i < text.Length - 1; i++)
            {
                var c = text[i];
                if ((c == '\u201C' || c == '\u2018' || c == '\'' || c == '"') && (i == 0 || text[i - 1] == ' ') && char.IsLetter(text[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A capital, a number of a numbered heading (<c>2. Dunmore Pod</c>), or an opening quotation mark then a capital.</summary>
        private static bool OpensLikeAHeading(string text)
        {
            var c = text[0];
            if (char.IsUpper(c))
            {
                return true;
            }

            if (c == '\u2018' || c == '\u201C' || c == '"' || c == '\'')
            {
                return text.Length > 1 && char.IsUpper(text[1]);
            }

            if (char.IsDigit(c))
            {
                var i = 0;
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    i++;
                }

                return i <= 2 && i + 2 < text.Length && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ' && char.IsUpper(text[i + 2]);
            }

            return false;
        }

        /// <summary>
        /// Whether the unit right under the line is page furniture opening with a call's verb (<c>Sign up …</c>,
        /// <c>Subscribe …</c>): the line is the title of that box, no heading of the story.
        /// </summary>
        private static bool OverACallToAction(List<Unit> units, int i) =>
            i + 1 < units.Count && units[i + 1].Kind == UnitKind.Boilerplate &&
            Words.TryFirst(units[i + 1].Text, 0, units[i + 1].Text.Length, out var first) && first.IsCapitalized &&
            Lexicon.CallToActionVerbs.Contains(first);

        /// <summary>
        /// Whether a paragraph of prose comes next (past furniture, captions and credits), one that answers no question put
        /// to an interviewee: a quoted answer or a speaker's label (<c>Jane:</c>) makes the question part of the body.
        /// </summary>
        private static bool FollowedByProse(List<Unit> units, int i, string heading)
        {
            for (var k = i + 1; k < units.Count; k++)
            {
                var next = units[k];
                if (next.Kind == UnitKind.Boilerplate || next.Kind == UnitKind.Caption || next.Kind == UnitKind.Credit)
                {
                    continue;
                }

                if (next.Kind != UnitKind.Text)
                {
                    return false;
                }

                // The next item of a numbered list ("1. Raise the shelves" / "2. Fit new pumps"): the line is an item, no heading.
                var text = next.Text.TrimStart();
                if (!IsProse(text) || (ListMarks.IsNumberedItem(heading) && ListMarks.IsNumberedItem(text)))
                {
                    return false;
                }

                var question = heading.TrimEnd()[heading.TrimEnd().Length - 1] == '?';
                return !question || !(OpensWithQuote(text) || OpensWithSpeakerLabel(text));
            }

            return false;
        }

        /// <summary>Prose: it ends a sentence, or it runs to two sentences, or it is long.</summary>
        private static bool IsProse(string text) =>
            BoilerplateDetector.IsProse(text) || Sentences.Count(text, 0, text.Length, limit: 3) >= 2 || Chars.CountWords(text, 0, text.Length, limit: 21) > 20;

        /// <summary><see cref="IsProse(string)"/> of a unit's text, from the counts the unit keeps.</summary>
        private static bool IsProse(Unit unit) =>
            BoilerplateDetector.IsProse(unit) || unit.SentencesUpTo(3) >= 2 || unit.WordsUpTo(21) > 20;

        private static bool OpensWithQuote(string text) => text.Length > 0 && (text[0] == '"' || text[0] == '\u201C' || text[0] == '\u2018');

        /// <summary><c>Jane:</c>, <c>Jane Doe:</c> opening a paragraph: the speaker of an interview's answer.</summary>
        private static bool OpensWithSpeakerLabel(string text)
        {
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon > 30)
            {
                return false;
            }

            var words = Words.Split(text, 0, colon);
            if (words.Count == 0 || words.Count > 3)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (!w.IsCapitalized)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasSpeechVerb(List<Word> words)
        {
            foreach (var w in words)
            {
                if (w.LowerIs("said") || w.LowerIs("says"))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
