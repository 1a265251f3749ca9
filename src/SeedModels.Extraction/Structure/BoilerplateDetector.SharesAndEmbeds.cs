using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Share rows and buttons, and posts embedded from social networks with their signatures and picture links.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>An embedded post is short: a few hundred characters.</summary>
        private const int MaxPostWords = 70;

        /// <summary>Share rows, notices and prompts are short; longer lines are story.</summary>
        private const int MaxShareRowWords = 16;

        /// <summary>
        /// An embedded post copied with the page: its text stands on the line over its signature (<c>Opening day! pic.…</c> /
        /// <c>— Jane Roe (@janeroe) May 2, 2024</c>). The post is the page's embed, not the story's prose.
        /// </summary>
        private static void MarkEmbeddedPosts(List<Unit> units)
        {
            for (var i = 1; i < units.Count; i++)
            {
                var signature = units[i];
                var post = units[i - 1];
                if (signature.Kind != UnitKind.Boilerplate || post.Kind != UnitKind.Text || !signature.IsSingleLine ||
                    signature.Text.IndexOf("(@", System.StringComparison.Ordinal) < 0 || !IsEmbedSignature(signature.Text.Trim()) ||
                    post.WordsUpTo(MaxPostWords + 1) > MaxPostWords || !(HasPostMark(post.Text) || !EndsSentence(post.Text)))
                {
                    continue;
                }

                post.Kind = UnitKind.Boilerplate;
            }
        }

        /// <summary>
        /// What a post carries and a paragraph of the story seldom does: a link, a picture's link, a hashtag, a handle or an
        /// emoji. A post of plain sentences is told from the story's paragraph over a signature (a post of a picture alone) by
        /// these only.
        /// </summary>
        private static bool HasPostMark(string text)
        {
            for (var k = 0; k < text.Length; k++)
            {
                var c = text[k];
                if (char.IsSurrogate(c) || ((c == '#' || c == '@') && k + 1 < text.Length && char.IsLetterOrDigit(text[k + 1])))
                {
                    return true;
                }
            }

            return text.IndexOf("http", System.StringComparison.Ordinal) >= 0 || text.IndexOf("pic.", System.StringComparison.Ordinal) >= 0;
        }

        /// <summary>A lone share button (<c>Facebook</c>) standing next to other furniture.</summary>
        private static void MarkShareButtons(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (!IsLoneShareWord(units[i]))
                {
                    continue;
                }

                var before = i > 0 && (units[i - 1].Kind == UnitKind.Boilerplate || IsLoneShareWord(units[i - 1]));
                var after = i + 1 < units.Count && (units[i + 1].Kind == UnitKind.Boilerplate || IsLoneShareWord(units[i + 1]));
                if (before || after)
                {
                    units[i].Kind = UnitKind.Boilerplate;
                }
            }
        }

        private static bool IsLoneShareWord(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.Text.Length > 40)
            {
                return false;
            }

            // One to three words, each a share word or a number; read in place (every unit comes here, up to three times).
            var text = unit.Text;
            var count = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (++count > 3 || (!Lexicon.ShareWords.Contains(w) && !w.IsDigits))
                {
                    return false;
                }
            }

            return count > 0;
        }

        /// <summary>
        /// The signature line of an embedded post: perhaps a dash, the author and handle, the date (<c>— Jane Roe (@janeroe) May
        /// 2, 2024</c>, <c>Jane Roe (@janeroe) May 2, 2024</c>).
        /// </summary>
        private static bool IsEmbedSignature(string text) => IsEmbedSignature(text, LineMarks.All);

        /// <summary>The same, given the line's marks: the handle's <c>(@</c> needs both marks, so a line without either is not searched.</summary>
        private static bool IsEmbedSignature(string text, LineMarks marks)
        {
            const LineMarks handleMarks = LineMarks.OpenParenthesis | LineMarks.At;
            if (text.Length < 8 || text.Length > 160 || (marks & handleMarks) != handleMarks)
            {
                return false;
            }

            // Without the dash the author's name must be short: the handle comes within a few words.
            var handle = text.IndexOf("(@", System.StringComparison.Ordinal);
            var close = handle < 0 ? -1 : text.IndexOf(')', handle);
            if (close < 0 || (!Chars.IsDash(text[0]) && Chars.CountWords(text, 0, handle, limit: 7) > 6))
            {
                return false;
            }

            var t = LineTokens.Split(text, close + 1, text.Length);
            return DateRun.IsWholeRun(t, 0, t.Count, out var r) && r.HasDayAndMonth;
        }

        /// <summary>
        /// An embedded post's picture link alone on its line (<c>pic.example.com/abc123</c>). Other addresses alone on a line
        /// may be the story's own references, so they stay.
        /// </summary>
        private static bool IsBareAddress(string text) =>
            text.Length >= 6 && text.Length <= 200 && text.IndexOf(' ') < 0 && text.StartsWith("pic.", System.StringComparison.OrdinalIgnoreCase) && text.IndexOf('/') > 0;

        /// <summary>A text-size button beside the share buttons: one letter and its sign (<c>A-</c>, <c>A+</c>).</summary>
        private static bool IsTextSizeButton(string text, Word w) =>
            w.End - w.Start == 1 && ((w.End < text.Length && (text[w.End] == '+' || text[w.End] == '-' || text[w.End] == '\u2212')) ||
                                     (w.First == 'A' && text.IndexOf("A A", StringComparison.Ordinal) >= 0));

        /// <summary>A count beside a button (<c>31</c>, <c>2,301</c>, <c>1.2K</c>): digits, a separator between them, a K or M after.</summary>
        private static bool IsCount(Word w)
        {
            var end = w.End;
            if (end - w.Start > 1 && (w.Source[end - 1] == 'K' || w.Source[end - 1] == 'M' || w.Source[end - 1] == 'k'))
            {
                end--;
            }

            for (var k = w.Start; k < end; k++)
            {
                var c = w.Source[k];
                if (!char.IsDigit(c) && !((c == '.' || c == ',') && k > w.Start && k + 1 < end && char.IsDigit(w.Source[k + 1])))
                {
                    return false;
                }
            }

            return end > w.Start;
        }

        /// <summary>
        /// A row of share buttons: only share words (<c>Facebook Twitter Email</c>, <c>Copy link</c>), one of them an action, perhaps
        /// running on into another control's label (<c>Share Listen to this article</c>).
        /// </summary>
        private static bool IsShareRow(string text, Word first, int words)
        {
            if (text.Length > MaxShareRowWords * 14 || (!Lexicon.ShareWords.Contains(first) && !IsCount(first)) ||
                Chars.CountWordsUpTo(text, words, MaxShareRowWords + 1) > MaxShareRowWords)
            {
                return false;
            }

            var actions = 0;
            var count = 0;
            var at = 0;
            var previous = -1;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                count++;
                if (IsCount(w) || IsTextSizeButton(text, w))
                {
                    continue;
                }

                if (!Lexicon.ShareWords.Contains(w))
                {
                    // "Share Gift this article Listen to this article": the row runs on into another control's label, which
                    // may open with a share word of its own ("Listen").
                    return actions > 0 && (Lexicon.FurnitureOpeners.Match(text, w.Start) != null || (previous >= 0 && Lexicon.FurnitureOpeners.Match(text, previous) != null));
                }

                previous = w.Start;

                actions += Lexicon.ShareActionWords.Contains(w) ? 1 : 0;
            }

            // One action word alone ("Email") could be a heading; two make a row.
            return actions >= 2 || (actions == 1 && count >= 2);
        }
    }
}
