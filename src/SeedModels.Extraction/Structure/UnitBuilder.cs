using System.Collections.Generic;
using SeedModels.Extraction.Segmentation;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Turns blocks of lines into units: a line with a role of its own (boilerplate, <c>By</c> line, credit,
    /// caption, date line) stands alone; the other lines of a block join into one paragraph.
    /// </summary>
    internal static class UnitBuilder
    {
        /// <summary>Longer than any hard wrap: text wrapped by hand or by a mail client breaks its lines at 72 to 80 characters.</summary>
        private const int MaxWrappedLineLength = 100;

        /// <summary>The most words a heading over a paragraph holds on a page copied with no blank lines.</summary>
        private const int MaxHeadingWords = 15;

        /// <summary>
        /// Narrower than any wrap a writer or mail client sets (60 to 80 characters): a line that would have held the next word within
        /// this width was not broken by a wrap.
        /// </summary>
        private const int MinWrapWidth = 60;

        /// <summary>The fewest words of a one-line paragraph under such a heading.</summary>
        private const int MinParagraphWords = 8;

        public static List<Unit> Build(SegmentedText text, List<SourceLine[]> blocks, int inlinePrefixEnd, List<(int Start, int Length)> markup)
        {
            var s = text.Text;
            var units = new List<Unit>();
            var pending = new List<(int Start, int End)>();
            var pendingFirstLine = 0;
            var pendingFirstText = string.Empty;
            var pendingFirstWords = 0;
            var pendingMarkup = false;
            var inHead = true;

            void Flush()
            {
                if (pending.Count > 0)
                {
                    // A one-line paragraph is its line's text, already cut.
                    var content = pending.Count == 1 ? MappedText.Verbatim(pendingFirstText, pending[0].Start) : MappedText.Join(s, pending);
                    var unit = new Unit(UnitKind.Text, content, pendingFirstLine, pending.Count) { HasMarkup = pendingMarkup };
                    if (pending.Count == 1 && !pendingMarkup)
                    {
                        unit.KnowWords(pendingFirstWords);
                    }

                    units.Add(unit);
                    pending.Clear();
                    pendingMarkup = false;
                }
            }

            foreach (var block in blocks)
            {
                var unwrapped = IsUnwrapped(s, block);
                // The page's head (kicker, headline, deck, byline, date) is read line by line when the page broke its lines, until
                // the first line long enough to be the story's. The page's first block of two lines is TwoLineTop's to part (a
                // section and a headline, a headline and its deck, a headline wrapped in two).
                inHead &= !unwrapped;
                var brokenByThePage = inHead && !(units.Count == 0 && pending.Count == 0 && block.Length == 2) &&
                    IsBrokenByThePage(s, block) && !NavigationBlock.IsMenuBlock(s, block);
                for (var lineIndex = 0; lineIndex < block.Length; lineIndex++)
                {
                    var line = block[lineIndex];
                    var start = line.Start;
                    if (inlinePrefixEnd > start && inlinePrefixEnd <= line.End)
                    {
                        start = inlinePrefixEnd;
                    }

                    start = Chars.SkipSpaces(s, start, line.End);
                    var end = Chars.TrimEnd(s, start, line.End);
                    if (end <= start)
                    {
                        continue;
                    }

                    inHead &= end - start <= MaxWrappedLineLength;
                    var hasMarkup = FindMarkup(s, start, end, markup);
                    var lineText = s.Substring(start, end - start);
                    var roleText = hasMarkup ? Html.Clean(lineText) : lineText;

                    // Counted once, with the marks the line holds: most rules bound a line's words before reading it, and so do the
                    // detectors after; the marks spare the line the rules that need one it lacks.
                    var shape = LineShape.Of(roleText);
                    var words = shape.Words;
                    var unit = ReadRole(roleText, shape, lineText, start, line.Number, block.Length == 1);
                    if (unit is null)
                    {
                        if (pending.Count == 0)
                        {
                            pendingFirstLine = line.Number;
                            pendingFirstText = lineText;
                            pendingFirstWords = words;
                        }

                        pending.Add((start, end));
                        pendingMarkup |= hasMarkup;
                        if (brokenByThePage && lineIndex + 1 < block.Length && EndsPageLine(lineText, s, block[lineIndex + 1], block.Length))
                        {
                            Flush();
                            continue;
                        }

                        // In a block whose breaks are the page's, a line that ends a sentence ends its paragraph, and so does a
                        // heading over the next line (a headline or crosshead on a page copied with no blank lines).
                        if (unwrapped && (BoilerplateDetector.EndsSentence(lineText) ||
                            (lineIndex + 1 < block.Length && StandsAsHeading(lineText, words, s, block[lineIndex + 1]))))
                        {
                            Flush();
                        }

                        continue;
                    }

                    Flush();
                    unit.HasMarkup = hasMarkup;
                    if (!hasMarkup)
                    {
                        unit.KnowWords(words); // its text is the line's
                    }

                    units.Add(unit);
                }

                Flush();
            }

            return units;
        }

        /// <summary>
        /// The unit a line with a role of its own makes; null for a plain line (most lines), which then costs no mapped text.
        /// A caption whose credit has no label is only read from a paragraph of one line: inside a longer paragraph a line
        /// ends wherever the text was wrapped.
        /// </summary>
        private static Unit? ReadRole(string text, LineShape shape, string lineText, int sourceStart, int lineNumber, bool wholeParagraph)
        {
            MappedText Content() => MappedText.Verbatim(lineText, sourceStart);
            var words = shape.Words;

            // A line of prose opening with an ordinary word concerns only the rules that look past its first word.
            if (!LineGate.MayOpenRole(text, shape))
            {
                if (!IsQuotedProse(text, shape) && BoilerplateDetector.IsBoilerplatePastItsOpening(text, shape))
                {
                    return new Unit(UnitKind.Boilerplate, Content(), lineNumber, 1);
                }

                if (shape.HasAny(LineMarks.Slash) && CaptionDetector.TryReadCreditLine(text, words, out var slashCredit, out var slashBare))
                {
                    return new Unit(UnitKind.Credit, Content(), lineNumber, 1) { Credit = slashCredit, IsBareCredit = slashBare };
                }

                return CaptionDetector.TryReadCaptionLine(text, words, shape.Marks, out var plainCaption, out var plainCredit, unlabelledCredit: wholeParagraph)
                    ? new Unit(UnitKind.Caption, Content(), lineNumber, 1) { CaptionText = plainCaption, Credit = plainCredit }
                    : null;
            }

            if (BoilerplateDetector.IsLinkListLabel(text))
            {
                return new Unit(UnitKind.Boilerplate, Content(), lineNumber, 1) { IsLinkListLabel = true };
            }

            if (BoilerplateDetector.IsBoilerplate(text, shape, out var named))
            {
                return new Unit(UnitKind.Boilerplate, Content(), lineNumber, 1) { NamedHeadline = named, IsGalleryCounter = BoilerplateDetector.IsGalleryCounter(text) };
            }

            if (BylineDetector.TryReadByLine(text, shape.Marks, out var byline))
            {
                return new Unit(UnitKind.Byline, Content(), lineNumber, 1) { Byline = byline };
            }

            if (CaptionDetector.TryReadCreditLine(text, words, out var credit, out var bare))
            {
                return new Unit(UnitKind.Credit, Content(), lineNumber, 1) { Credit = credit, IsBareCredit = bare };
            }

            if (CaptionDetector.TryReadCaptionLine(text, words, shape.Marks, out var caption, out credit, unlabelledCredit: wholeParagraph))
            {
                return new Unit(UnitKind.Caption, Content(), lineNumber, 1) { CaptionText = caption, Credit = credit };
            }

            switch (DatelineDetector.ReadDateLine(text, out var date))
            {
                case DateLineKind.Day:
                    return new Unit(UnitKind.Dateline, Content(), lineNumber, 1) { Date = date };
                case DateLineKind.TimeOnly:
                    return new Unit(UnitKind.Boilerplate, Content(), lineNumber, 1);
            }

            return null;
        }

        /// <summary>
        /// A line that quotes someone and holds a space, with no white space to trim at either end: no rule of
        /// <see cref="BoilerplateDetector.IsBoilerplatePastItsOpening(string, int)"/> takes it. The picture's file name holds no
        /// space, and the disclosure, the notice, the call to action, the paywall prompt and the appeal each refuse a line with a
        /// straight or opening curly quotation mark (their <c>IsQuoted</c>) before they can accept it. About a third of the
        /// lines of prose quote someone.
        /// </summary>
        private static bool IsQuotedProse(string text, LineShape shape) =>
            (shape.Marks & (LineMarks.Quote | LineMarks.Space)) == (LineMarks.Quote | LineMarks.Space) &&
            !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[text.Length - 1]);

        /// <summary>
        /// Whether a block's line breaks are the page's own rather than a hard wrap: some line runs longer than any wrap. Text
        /// copied from a web page often sets its paragraphs on lines of their own with no blank line between; wrapped text breaks
        /// inside its sentences at a fixed width, and its lines join into one paragraph.
        /// </summary>
        private static bool IsUnwrapped(string s, SourceLine[] block)
        {
            for (var i = 0; i < block.Length && block.Length > 1; i++)
            {
                var start = Chars.SkipSpaces(s, block[i].Start, block[i].End);
                if (Chars.TrimEnd(s, start, block[i].End) - start > MaxWrappedLineLength)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a block of short lines was broken by the page rather than by a wrap: some line ends although the next line's
        /// first word would have fitted on it, within the block's longest line or the narrowest wrap (a wrap breaks a line only
        /// where the next word does not fit, so no wrapped line is that short). A page copied with no blank lines sets its
        /// kicker, headline, deck and byline on such lines.
        /// </summary>
        private static bool IsBrokenByThePage(string s, SourceLine[] block)
        {
            if (block.Length < 2)
            {
                return false;
            }

            var longest = MinWrapWidth;
            foreach (var line in block)
            {
                var start = Chars.SkipSpaces(s, line.Start, line.End);
                longest = System.Math.Max(longest, Chars.TrimEnd(s, start, line.End) - start);
            }

            for (var i = 0; i + 1 < block.Length; i++)
            {
                var start = Chars.SkipSpaces(s, block[i].Start, block[i].End);
                var length = Chars.TrimEnd(s, start, block[i].End) - start;
                var next = Chars.SkipSpaces(s, block[i + 1].Start, block[i + 1].End);
                var nextWordEnd = next;
                while (nextWordEnd < block[i + 1].End && !char.IsWhiteSpace(s[nextWordEnd]))
                {
                    nextWordEnd++;
                }

                if (length > 0 && nextWordEnd > next && length + 1 + (nextWordEnd - next) <= longest)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// In a block the page broke, whether a line stands alone: the next line opens a line of its own (a capital, a digit, a
        /// quotation mark, a bullet; not lower case or an ampersand, which carry on a sentence or a byline) and this one does not
        /// run on into it (a comma, a hyphen or an ampersand at its end) nor close a sentence (sentences on lines of their own are
        /// one paragraph's).
        /// </summary>
        private static bool EndsPageLine(string line, string s, SourceLine next, int blockLines)
        {
            var last = line[line.Length - 1];
            if (last == ',' || last == '&' || Chars.IsDash(last) || BoilerplateDetector.EndsSentence(line))
            {
                return false;
            }

            var nextStart = Chars.SkipSpaces(s, next.Start, next.End);
            if (nextStart >= next.End || char.IsLower(s[nextStart]) || s[nextStart] == '&')
            {
                return false;
            }

            // A line over one sentence, the two alone in their block, is read together as before: a name over a sentence about
            // its person (a biography) or about the story is no byline of its own.
            var nextEnd = Chars.TrimEnd(s, nextStart, next.End);
            return blockLines > 2 || !BoilerplateDetector.EndsSentence(s.Substring(nextStart, nextEnd - nextStart));
        }

        /// <summary>
        /// A line of an unwrapped block that reads as a heading over the next: two to fifteen words opening with a capital, a digit or a
        /// quotation mark, closing on a word rather than on a comma, colon, dash or joiner (<c>of</c>, <c>the</c>, <c>and</c>; a
        /// pronoun or adverb of <see cref="Lexicon.HeadingClosers"/> may close it: <c>Getting there</c>),
        /// and the next line opening a sentence. A sentence the page broke over two lines closes on such a joiner, or its next
        /// line opens in lower case.
        /// </summary>
        private static bool StandsAsHeading(string line, int words, string s, SourceLine next)
        {
            if (words < 2 || words > MaxHeadingWords || !OpensLikeASentence(line[0]))
            {
                return false;
            }

            var last = line[line.Length - 1];
            if (!Chars.IsLetterOrDigit(last) && last != '\u201D' && last != '"' && last != ')')
            {
                return false;
            }

            var lastWordStart = line.Length - 1;
            while (lastWordStart > 0 && line[lastWordStart - 1] != ' ')
            {
                lastWordStart--;
            }

            // "Getting there", "Where to eat it": a heading may close on a pronoun or adverb of place; not on a joiner.
            if (Lexicon.FunctionWords.Contains(line, lastWordStart, line.Length) && !Lexicon.HeadingClosers.Contains(line, lastWordStart, line.Length))
            {
                return false;
            }

            // The next line is a paragraph: longer than any wrap, or a whole sentence of some length. Short lines under a short
            // line are a list (names, awards, links), whose lines stay together.
            var nextStart = Chars.SkipSpaces(s, next.Start, next.End);
            var nextEnd = Chars.TrimEnd(s, nextStart, next.End);
            if (nextStart >= nextEnd || !(OpensLikeASentence(s[nextStart]) || s[nextStart] == '('))
            {
                return false;
            }

            return nextEnd - nextStart > MaxWrappedLineLength ||
                (Chars.CountWords(s, nextStart, nextEnd, MinParagraphWords) >= MinParagraphWords && BoilerplateDetector.EndsSentence(s.Substring(nextStart, nextEnd - nextStart)));
        }

        private static bool OpensLikeASentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c == '"' || c == '\u201C' || c == '\u2018';

        /// <summary>Records each piece of markup on the line (for SEED006) and says whether there was any.</summary>
        private static bool FindMarkup(string s, int start, int end, List<(int Start, int Length)> markup)
        {
            var found = false;
            var at = start;
            while (at < end)
            {
                var tag = Html.FindMarkup(s, at, end, out var length);
                if (tag < 0)
                {
                    break;
                }

                if (!found)
                {
                    markup.Add((tag, length));
                }

                found = true;
                at = tag + length;
            }

            return found;
        }
    }
}
