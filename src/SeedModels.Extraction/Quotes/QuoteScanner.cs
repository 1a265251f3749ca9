using System.Collections.Generic;
using System.Text;
using SeedModels.Extraction.Structure;
using static SeedModels.Extraction.Quotes.QuoteMarks;

namespace SeedModels.Extraction.Quotes
{
    /// <summary>
    /// Pass 4: finds quotations in one scan per paragraph. A stack pairs marks, so nested quotes stay inside the
    /// outer one; apostrophes, inch marks and leading elisions are told apart from quotes by their neighbours;
    /// an opening mark that repeats at the next paragraph's start carries a quote on across paragraphs. Two straight
    /// apostrophes (<c>''…''</c>, some newsrooms' house style) are one double mark two characters wide.
    /// </summary>
    internal sealed class QuoteScanner
    {
        private readonly IReadOnlyList<MappedText> _paragraphs;
        private readonly List<ScannedQuote> _quotes = new List<ScannedQuote>();
        private readonly List<MarkProblem> _problems = new List<MarkProblem>();
        private readonly List<(char Mark, int Index, bool Double, int Width)> _stack = new List<(char Mark, int Index, bool Double, int Width)>();
        /// <summary>The words of a quote that runs over paragraphs, so far; made for the first such quote (most articles have none).</summary>
        private StringBuilder? _carried;
        private ScannedQuote? _open;

        /// <summary>Where the text of a quote continued from the previous paragraph starts (past its repeated mark).</summary>
        private int _continuationStart;

        // Per paragraph: the last offset where a double or single closing mark could stand, so "is there a closer
        // ahead?" is one comparison rather than a scan (a file of nothing but quote marks stays linear). Read from the
        // paragraph's end when first asked: most paragraphs hold no mark, and curly quotes mostly never ask.
        private int _lastDoubleCloser;
        private int _lastSingleCloser;
        private bool _closersRead;
        private string _text = string.Empty;

        private QuoteScanner(IReadOnlyList<MappedText> paragraphs) => _paragraphs = paragraphs;

        private StringBuilder Carried => _carried ??= new StringBuilder();

        public static (List<ScannedQuote> Quotes, List<MarkProblem> Problems) Scan(IReadOnlyList<MappedText> paragraphs)
        {
            var scanner = new QuoteScanner(paragraphs);
            for (var p = 0; p < paragraphs.Count; p++)
            {
                scanner.ScanParagraph(p);
            }

            return (scanner._quotes, scanner._problems);
        }

        private void ScanParagraph(int p)
        {
            var t = _text = _paragraphs[p].Text;
            _closersRead = false;
            var i = 0;
            if (_open != null)
            {
                // Continuing a multi-paragraph quote: skip the repeated opening mark.
                var mark = SkipSpaces(t, 0);
                var width = IsDoubledApostrophe(t, mark) ? 2 : 1;
                i = _continuationStart = mark + width;
                _stack.Clear();
                _stack.Add((t[mark], mark, width == 2 || IsDouble(t[mark]), width));
                Carried.Append("\n\n");
                _open.EndParagraph = p;
            }

            var contentStart = i;

            // Only the marks matter: jump from one to the next.
            for (i = IndexOfMark(t, i); i >= 0; i = IndexOfMark(t, i + 1))
            {
                var c = t[i];
                if (IsDoubledApostrophe(t, i) && !ClosesSingleFirst(t, i))
                {
                    ScanDouble(p, t, i, c, width: 2);
                    i++; // the second apostrophe is part of the mark
                }
                else if (IsDouble(c))
                {
                    ScanDouble(p, t, i, c, width: 1);
                }
                else
                {
                    ScanSingle(p, t, i, c);
                }
            }

            if (_stack.Count > 0)
            {
                EndParagraphOpen(p, t, contentStart);
            }
        }

        /// <summary>
        /// <c>t.IndexOfAny(All, from)</c>: the first mark at or after <paramref name="from"/>, or -1. A plain loop: the framework's
        /// search for nine marks, most outside ASCII, sets up a lookup map on every call, and a paragraph calls it once per mark.
        /// </summary>
        private static int IndexOfMark(string t, int from)
        {
            for (var k = from; k < t.Length; k++)
            {
                var c = t[k];
                if (c == StraightDouble || c == StraightSingle || (c >= LeftGuillemet && IsAny(c)))
                {
                    return k;
                }
            }

            return -1;
        }

        private void ScanDouble(int p, string t, int i, char c, int width)
        {
            var open = InnermostOpen(isDouble: true);
            if (c == StraightDouble && i > 0 && char.IsDigit(t[i - 1]) && (open < 0 || HasCloserAhead(i + 1, isDouble: true)))
            {
                return; // an inch mark: 55" screen
            }

            // "“We will,“ she said": an opening curly mark typed where the closing one belongs, right after the quote's last
            // character and before a space, closes the quote that is open; no quotation opens with a space.
            if (c == LeftDouble && open >= 0 && i > 0 && IsClosingShaped(t, i))
            {
                Close(p, t, open, i, c, width);
                return;
            }

            var straight = c == StraightDouble || width == 2;
            if (IsOpeningOnly(c) || (straight && (open < 0 || !CanClose(t, i, width)) && CanOpen(t, i, width)))
            {
                Push(p, t, i, c, isDouble: true, width);
            }
            else if (open >= 0)
            {
                Close(p, t, open, i, c, width);
            }
            else if (IsClosingOnly(c) || CanClose(t, i, width))
            {
                _problems.Add(new MarkProblem(_paragraphs[p].SourceOffset(i), c, null, NeverClosed: false));
            }
        }

        /// <summary>After punctuation closing the quoted words, before white space or the paragraph's end.</summary>
        private static bool IsClosingShaped(string t, int i)
        {
            var before = t[i - 1];
            return (before == ',' || before == '.' || before == '!' || before == '?') && (i + 1 >= t.Length || char.IsWhiteSpace(t[i + 1]));
        }

        private void ScanSingle(int p, string t, int i, char c)
        {
            var prevLetter = i > 0 && char.IsLetterOrDigit(t[i - 1]);
            var nextLetter = i + 1 < t.Length && char.IsLetter(t[i + 1]);
            if (prevLetter && nextLetter && c != LeftSingle)
            {
                return; // don't, it’s
            }

            if (i >= 2 && (t[i - 1] == 'n' || t[i - 1] == 'N') && IsSingle(t[i - 2]) && IsLeadingApostrophe(t, i - 2))
            {
                return; // the second mark of rock 'n' roll
            }

            var open = InnermostOpen(isDouble: false);
            if (c != LeftSingle && open >= 0 && CanClose(t, i) && !IsPossessiveInside(t, i))
            {
                Close(p, t, open, i, c, width: 1);
                return;
            }

            if (c != RightSingle && CanOpen(t, i) && !IsLeadingApostrophe(t, i) &&
                (HasCloserAhead(i + 1, isDouble: false) || (_stack.Count == 0 && p + 1 < _paragraphs.Count && StartsWithOpening(_paragraphs[p + 1].Text, isDouble: false))))
            {
                Push(p, t, i, c, isDouble: false, width: 1);
            }

            // Anything else is an apostrophe: officers’, ’90s, the ’n’ in rock ’n’ roll.
        }

        /// <summary><c>the officers’ union</c> inside a single-quoted quote: a later closer makes this one a possessive.</summary>
        private bool IsPossessiveInside(string t, int i) =>
            i > 0 && (t[i - 1] == 's' || t[i - 1] == 'S') && i + 2 < t.Length && t[i + 1] == ' ' && char.IsLower(t[i + 2]) &&
            HasCloserAhead(i + 1, isDouble: false);

        private void Push(int p, string t, int i, char c, bool isDouble, int width)
        {
            if (_stack.Count == 0)
            {
                _open = new ScannedQuote { Paragraph = p, OpenIndex = i, EndParagraph = p, SourceStart = _paragraphs[p].SourceOffset(i) };
                _carried?.Clear();
            }

            _stack.Add((c, i, isDouble, width));
        }

        private void Close(int p, string t, int stackIndex, int i, char c, int width)
        {
            var opener = _stack[stackIndex];
            var openerWidth = _stack[0].Width;
            if (IsCurly(opener.Mark) != IsCurly(c) && !(opener.Mark == LowDouble))
            {
                _problems.Add(new MarkProblem(_paragraphs[p].SourceOffset(i), opener.Mark, c, NeverClosed: false));
            }

            _stack.RemoveRange(stackIndex, _stack.Count - stackIndex);
            if (_stack.Count == 0 && _open != null)
            {
                var from = _open.Paragraph == p ? _open.OpenIndex + openerWidth : _continuationStart;
                Finish(p, t, from, i, i + width, closed: true);
            }
        }

        private void EndParagraphOpen(int p, string t, int contentStart)
        {
            if (_open == null)
            {
                _stack.Clear();
                return;
            }

            var outer = _stack[0];
            var from = _open.Paragraph == p ? _open.OpenIndex + outer.Width : contentStart;
            if (p + 1 < _paragraphs.Count && StartsWithOpening(_paragraphs[p + 1].Text, outer.Double))
            {
                Carried.Append(t, from, t.Length - from);
                return;
            }

            _problems.Add(new MarkProblem(_paragraphs[_open.Paragraph].SourceOffset(_open.OpenIndex), outer.Mark, null, NeverClosed: true));
            Finish(p, t, from, t.Length, t.Length, closed: false);
        }

        private void Finish(int p, string t, int from, int to, int endIndex, bool closed)
        {
            var quote = _open!;
            if (_carried == null || _carried.Length == 0)
            {
                // A quote within one paragraph: its words are cut from the paragraph once, trimmed where they stand.
                var start = from;
                var end = to;
                while (start < end && char.IsWhiteSpace(t[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(t[end - 1]))
                {
                    end--;
                }

                quote.InnerEnd = end > start ? t[end - 1] : '\0';
                while (end > start && (t[end - 1] == ',' || t[end - 1] == ' '))
                {
                    end--;
                }

                while (end > start && char.IsWhiteSpace(t[end - 1]))
                {
                    end--;
                }

                quote.Text = t.Substring(start, end - start);
            }
            else
            {
                _carried.Append(t, from, to - from);
                var text = _carried.ToString().Trim();
                quote.InnerEnd = text.Length > 0 ? text[text.Length - 1] : '\0';
                quote.Text = text.TrimEnd(',', ' ').TrimEnd();
            }

            quote.EndParagraph = p;
            quote.EndIndex = endIndex;
            quote.Closed = closed;
            _stack.Clear();
            _carried?.Clear();
            _open = null;
            if (quote.Text.Length > 0)
            {
                _quotes.Add(quote);
            }
        }

        private int InnermostOpen(bool isDouble)
        {
            for (var k = _stack.Count - 1; k >= 0; k--)
            {
                if (_stack[k].Double == isDouble)
                {
                    return k;
                }
            }

            return -1;
        }

        private bool HasCloserAhead(int from, bool isDouble)
        {
            if (!_closersRead)
            {
                _lastDoubleCloser = LastCloser(_text, isDouble: true);
                _lastSingleCloser = LastCloser(_text, isDouble: false);
                _closersRead = true;
            }

            return (isDouble ? _lastDoubleCloser : _lastSingleCloser) >= from;
        }

        private static int LastCloser(string t, bool isDouble)
        {
            var closers = isDouble ? DoubleClosers : SingleClosers;
            var last = -1;
            for (var j = t.LastIndexOfAny(closers); j > 0; j = j > 1 ? t.LastIndexOfAny(closers, j - 1) : -1)
            {
                if (IsDoubledApostrophe(t, j - 1))
                {
                    // The second of two apostrophes: the pair closes a double quote; of three ('no.'''), the first one
                    // closes a single quote.
                    var triple = j >= 2 && t[j - 2] == StraightSingle;
                    if (isDouble ? CanClose(t, j - 1, 2) : triple && CanClose(t, j - 2))
                    {
                        last = isDouble ? j - 1 : j - 2;
                        break;
                    }

                    j -= triple ? 2 : 1; // the loop steps past the rest of the marks
                    continue;
                }

                if (CanClose(t, j) && !(j + 1 < t.Length && char.IsLetter(t[j + 1])) && !(isDouble && char.IsDigit(t[j - 1])))
                {
                    last = j;
                    break;
                }
            }

            return last;
        }

        /// <summary>
        /// In <c>'no.'''</c> the first apostrophe closes the open single quote and the other two close the double one:
        /// three apostrophes after text, with a single quote open, begin with a single mark.
        /// </summary>
        private bool ClosesSingleFirst(string t, int i) =>
            i + 2 < t.Length && t[i + 2] == StraightSingle && InnermostOpen(isDouble: false) > InnermostOpen(isDouble: true);

        private static bool StartsWithOpening(string t, bool isDouble)
        {
            var i = SkipSpaces(t, 0);
            if (i >= t.Length)
            {
                return false;
            }

            var c = t[i];
            return isDouble
                ? c == LeftDouble || c == LowDouble || c == LeftGuillemet || c == StraightDouble || IsDoubledApostrophe(t, i)
                : c == LeftSingle || (c == StraightSingle && !IsDoubledApostrophe(t, i));
        }

        private static int SkipSpaces(string t, int i)
        {
            while (i < t.Length && char.IsWhiteSpace(t[i]))
            {
                i++;
            }

            return i;
        }
    }
}
