using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Boxes the page sets in or under the story under a label of their own, and notes on who pays for the reporting.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>A point of a summary box is a sentence or a phrase.</summary>
        private const int MaxBoxLineWords = 30;

        /// <summary>A contact box names an office, a person, an address, a number: a few short lines.</summary>
        private const int MaxContactBoxWords = 30;

        private const int MaxContactBoxLines = 4;

        /// <summary>A deals widget's heading is a product's name between its opening and its noun.</summary>
        private const int MaxDealsHeadingWords = 10;

        /// <summary>A note on who pays for the reporting is one sentence.</summary>
        private const int MaxFundingNoteLength = 300;

        /// <summary>How many of the story's last paragraphs are read for such a note.</summary>
        private const int FundingNoteReach = 3;

        /// <summary>
        /// The lines right under a box's label, in its block (no blank line between), are the box's: the points of a summary box
        /// (<c>What you need to know:</c> / two or more points), the lines of a press office's contact box (<c>Media contact</c> /
        /// <c>Communications Team</c> / <c>news@…</c>). A label over a single line in its block (a crosshead over its paragraph)
        /// takes nothing for a summary.
        /// </summary>
        private static void MarkBoxesUnderLabels(List<Unit> units)
        {
            for (var i = 0; i + 1 < units.Count; i++)
            {
                var label = units[i];
                if (label.Kind != UnitKind.Boilerplate || !label.IsSingleLine || label.IsLinkListLabel)
                {
                    continue;
                }

                var next = units[i + 1];
                if (next.Kind != UnitKind.Text || next.HasMarkup || next.FirstLine != label.FirstLine + 1)
                {
                    continue;
                }

                var text = label.Text;
                if (Lexicon.SummaryBoxLabels.Contains(text))
                {
                    // The box's lines: one unit, or (on a page copied with no blank lines) one unit per line, line after line.
                    var end = i + 1;
                    var lines = 0;
                    var allShort = true;
                    while (end < units.Count && units[end].Kind == UnitKind.Text && !units[end].HasMarkup && units[end].FirstLine == label.FirstLine + 1 + lines)
                    {
                        allShort &= AllLinesShort(units[end], MaxBoxLineWords);
                        lines += units[end].LineCount;
                        end++;
                    }

                    for (var k = i + 1; k < end && lines >= 2 && allShort; k++)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }
                else if (Lexicon.ContactBoxLabels.Contains(text) && next.LineCount <= MaxContactBoxLines && next.WordsUpTo(MaxContactBoxWords + 1) <= MaxContactBoxWords)
                {
                    next.Kind = UnitKind.Boilerplate;
                }
            }
        }

        private static bool AllLinesShort(Unit unit, int maxWords)
        {
            var text = unit.Text;
            for (var k = 0; k < unit.LineCount; k++)
            {
                var (start, end) = unit.PartRange(k);
                if (Chars.CountWords(text, start, end, maxWords + 1) > maxWords)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A shopping widget's heading left in a review: <c>Today's best Corvane Pulse 3 deals</c>.</summary>
        private static bool IsDealsHeading(string text, int words)
        {
            if (Lexicon.DealsWidgetOpeners.Match(text) == null || (words >= 0 ? words : Chars.CountWords(text)) > MaxDealsHeadingWords)
            {
                return false;
            }

            var end = Chars.LastLetterRun(text, out var start);
            return end > start && Lexicon.DealsWidgetNouns.Contains(text, start, end);
        }

        /// <summary>
        /// A note among the story's last paragraphs saying who pays for its reporting (<c>Jane Roe's reporting is funded by the
        /// federal government through …</c>, <c>Local Democracy Reporting is public interest journalism funded through …</c>):
        /// one sentence in which the reporting, journalism or reporter is funded or supported. A sentence of the story about
        /// money names something else as funded (<c>The extra hours are funded by the council's reserves</c>).
        /// </summary>
        private static void MarkFundingNotes(List<Unit> units)
        {
            var read = 0;
            for (var i = units.Count - 1; i >= 0 && read < FundingNoteReach; i--)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Text)
                {
                    continue;
                }

                read++;
                if (IsFundingNote(unit))
                {
                    unit.Kind = UnitKind.Boilerplate;
                }
            }
        }

        /// <summary>The words of <see cref="Lexicon.FundingVerbs"/>, searched for in the text.</summary>
        private static readonly string[] FundingVerbs = System.Linq.Enumerable.ToArray(Lexicon.FundingVerbs.Words);

        /// <summary>
        /// Whether one of <see cref="Lexicon.FundingVerbs"/> stands in the text, ignoring case as the set does: a search for each
        /// (four) before the text is read word by word, as the last paragraphs of nearly every story name none.
        /// </summary>
        private static bool HoldsFundingVerb(string text)
        {
            foreach (var verb in FundingVerbs)
            {
                if (text.IndexOf(verb, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsFundingNote(Unit unit)
        {
            var text = unit.Text;
            if (!unit.IsSingleLine || unit.HasMarkup || text.Length > MaxFundingNoteLength || !EndsSentence(text) || IsQuoted(text, LineMarks.All) || !Sentences.IsOne(text) ||
                !HoldsFundingVerb(text))
            {
                return false;
            }

            var work = false;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                // The bare word differs from the word only before a possessive or trailing dots: only then is it looked up again.
                if (Lexicon.FundedWorkWords.Contains(w) || (w.BareEnd != w.End && Lexicon.FundedWorkWords.ContainsBare(w)))
                {
                    work = true;
                }
                else if (work && Lexicon.FundingVerbs.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
