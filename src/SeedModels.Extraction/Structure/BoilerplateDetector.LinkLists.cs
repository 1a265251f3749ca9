using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Other stories' headlines and the labels over them: link lists, teasers, contents lists, links before the story.</summary>
    internal static partial class BoilerplateDetector
    {
        /// <summary>A teaser's label before its colon or bar is a few words (<c>You may also like:</c>).</summary>
        private const int MaxTeaserLabelLength = 30;

        /// <summary>How many units past a contents list its sections' headings are looked for.</summary>
        private const int MaxContentsReach = 400;

        private const int MaxLeadLinks = 8;

        /// <summary>A run of links between the header and the story: three lines or more, and a menu is short.</summary>
        private const int MinLeadLinks = 3;

        private const int MaxNamedLabelLength = 80;

        /// <summary>A label naming whose links follow (<c>More from The Harbour Gazette</c>) is a few words.</summary>
        private const int MaxNamedLabelWords = 7;

        /// <summary>A shop's or a link's name completing a label on the line above is a few words.</summary>
        private const int MaxCompletionWords = 4;

        /// <summary>A heading left at the end of a link list is short; the headlines of other stories are longer.</summary>
        private const int MaxHeadingAfterLinksWords = 6;

        /// <summary>A teaser under another story's headline is a sentence or two.</summary>
        private const int MaxTeaserWords = 40;

        /// <summary>An unlabelled list of links runs to a few lines; more is a list in the story.</summary>
        private const int MaxUnlabelledLinks = 4;

        /// <summary>
        /// Another story's headline after a link-list or teaser label and a colon or bar on the same line (<c>You may also like:
        /// …</c>, <c>Catch up | …</c>). The label is read up to the first colon or bar near the line's start.
        /// </summary>
        private static bool IsLabelledTeaser(string text)
        {
            var mark = TeaserLabelEnd(text, out _);
            return mark > 0 && (Lexicon.LinkListLabels.Contains(text, 0, mark) || Lexicon.TeaserLabels.Contains(text, 0, mark));
        }

        /// <summary>
        /// Where a short label near the line's start ends at a colon or bar with a title after it that opens with a letter or
        /// digit: the mark's index, else -1; <paramref name="rest"/> is where the title starts.
        /// </summary>
        private static int TeaserLabelEnd(string text, out int rest)
        {
            rest = -1;
            var end = System.Math.Min(text.Length, MaxTeaserLabelLength);
            var mark = -1;
            for (var k = 1; k < end && mark < 0; k++)
            {
                mark = text[k] == ':' || text[k] == '|' ? k : -1;
            }

            if (mark < 0 || mark + 2 >= text.Length)
            {
                return -1;
            }

            rest = Chars.SkipSpaces(text, mark + 1, text.Length);
            return rest < text.Length && char.IsLetterOrDigit(text[rest]) ? mark : -1;
        }

        /// <summary>A label over a list of links: <c>Read more</c>, <c>Related coverage</c>, <c>More about</c>, <c>Tags</c>.</summary>
        public static bool IsLinkListLabel(string line) => Lexicon.LinkListLabels.Contains(line) || IsNamedLinkListLabel(line);

        /// <summary>
        /// Labels with a name before them (<c>Harbour Gazette Top Stories</c>), read among the units: a line opening with a
        /// site's name is let past the rules that read a line's opening, so no line's rule sees them.
        /// </summary>
        private static void MarkNamedLinkListLabels(List<Unit> units)
        {
            foreach (var unit in units)
            {
                if (unit.Kind == UnitKind.Text && unit.IsSingleLine && !unit.HasMarkup && unit.Text.Length <= MaxNamedLabelLength + 2 && IsNameBeforeLinkListLabel(unit.Text.Trim()))
                {
                    unit.Kind = UnitKind.Boilerplate;
                    unit.IsLinkListLabel = true;
                }
            }
        }

        /// <summary>
        /// A site's, a section's or a place's name before a label of two words or more (<c>Harbour Gazette Top Stories</c>,
        /// <c>Westmoor Latest News, Westmoor Headlines</c>): a short line, no sentence, its last words the label.
        /// </summary>
        private static bool IsNameBeforeLinkListLabel(string line)
        {
            var end = line.Length;
            while (end > 0 && (char.IsWhiteSpace(line[end - 1]) || line[end - 1] == ':'))
            {
                end--;
            }

            if (end < 8 || end > MaxNamedLabelLength || !char.IsLetter(line[end - 1]) || !char.IsUpper(line[0]))
            {
                return false;
            }

            // The last word, then the last two: "… Headlines" alone, "… Top Stories" as a pair; a name stands before either.
            var lastStart = WordStartBefore(line, end);
            if (lastStart < 2 || line[lastStart - 1] != ' ')
            {
                return false;
            }

            var pairStart = WordStartBefore(line, lastStart - 1);
            var labelled = Lexicon.LinkListLabelNouns.Contains(line, lastStart, end) ||
                           (pairStart >= 2 && line[pairStart - 1] == ' ' && Lexicon.LinkListLabels.Contains(line, pairStart, end));
            return labelled && Chars.CountWords(line, 0, end, limit: MaxNamedLabelWords + 1) <= MaxNamedLabelWords;
        }

        /// <summary>Where the word of letters ending at <paramref name="end"/> starts; -1 when a letter does not end there.</summary>
        private static int WordStartBefore(string line, int end)
        {
            var start = end;
            while (start > 0 && (char.IsLetter(line[start - 1]) || line[start - 1] == '\''))
            {
                start--;
            }

            return start < end ? start : -1;
        }

        /// <summary>
        /// A label naming whose links follow: <c>More from The Harbour Gazette</c>, <c>More in Politics</c>, <c>Latest from
        /// Nora Quill</c>. A short line, no sentence: a crosshead saying the same would end where its section starts.
        /// </summary>
        private static bool IsNamedLinkListLabel(string line)
        {
            var opener = Lexicon.LinkListLabelOpeners.Match(line);
            if (opener == null || line.Length > MaxNamedLabelLength || EndsSentence(line))
            {
                return false;
            }

            // The label names someone or something after its opening: a capital (More from The Herald, More in Sport).
            var at = opener.Length;
            while (at < line.Length && line[at] == ' ')
            {
                at++;
            }

            return at < line.Length && (char.IsUpper(line[at]) || char.IsDigit(line[at])) &&
                   Chars.CountWords(line, 0, line.Length, limit: MaxNamedLabelWords + 1) <= MaxNamedLabelWords;
        }

        /// <summary>
        /// A label that a link or a shop's name completes on the next line (<c>Price at</c> / <c>Harbour Stores</c>,
        /// <c>Available from</c> / <c>Dockside Books</c>): the short line under it is the label's.
        /// </summary>
        private static void MarkLabelCompletions(List<Unit> units)
        {
            for (var i = 0; i + 1 < units.Count; i++)
            {
                var label = units[i];
                var next = units[i + 1];
                if (label.Kind != UnitKind.Boilerplate || next.Kind != UnitKind.Text || !label.IsSingleLine || !next.IsSingleLine || !EndsWithPreposition(label.Text) ||
                    EndsSentence(next.Text) || next.WordsUpTo(MaxCompletionWords + 1) > MaxCompletionWords)
                {
                    continue;
                }

                next.Kind = UnitKind.Boilerplate;
                i++;
            }
        }

        /// <summary>A label left open: its last word is <c>at</c>, <c>from</c> or <c>on</c>.</summary>
        private static bool EndsWithPreposition(string text)
        {
            var end = text.Length;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == 0 || text[start - 1] != ' ')
            {
                return false;
            }

            var length = end - start;
            return (length == 2 && string.Compare(text, start, "at", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0) ||
                   (length == 2 && string.Compare(text, start, "on", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0) ||
                   (length == 4 && string.Compare(text, start, "from", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0);
        }

        /// <summary>
        /// Headlines of other stories set between paragraphs without a label: two or more headline-shaped lines in a row
        /// (<c>Storm closes schools across the county</c> / <c>Council to review flood plans</c>), none numbered, with prose
        /// before and after. A heading is one line, followed by its section.
        /// </summary>
        /// <remarks>Run after the header is read: a standfirst and a caption under the headline also stand in a row.</remarks>
        public static void MarkUnlabelledLinkLists(List<Unit> units, int bodyStart)
        {
            MarkLinksBeforeTheStory(units, bodyStart);
            MarkBodyTeasers(units, bodyStart);
            var i = bodyStart;
            while (i < units.Count)
            {
                if (!IsHeadlineShaped(units[i]) || !HasProseBefore(units, i))
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < units.Count && IsHeadlineShaped(units[end]))
                {
                    end++;
                }

                if (end - i >= 2 && end - i <= MaxUnlabelledLinks && end < units.Count && units[end].Kind == UnitKind.Text && IsProse(units[end]))
                {
                    for (var k = i; k < end; k++)
                    {
                        units[k].Kind = UnitKind.Boilerplate;
                    }
                }

                i = end;
            }
        }

        /// <summary>
        /// Between the header and the story's first paragraph, a run of three or more short lines that are no sentences
        /// (<c>DOWNLOAD THE DEMO</c> / <c>Files: demos/socket/main.xml</c> / <c>Forum thread</c>) are the page's links: a heading
        /// there is one line, a standfirst is one paragraph.
        /// </summary>
        private static void MarkLinksBeforeTheStory(List<Unit> units, int bodyStart)
        {
            var k = bodyStart;
            var lines = 0;
            for (; k < units.Count; k++)
            {
                var unit = units[k];
                if (unit.Kind != UnitKind.Text)
                {
                    if (unit.Kind == UnitKind.Boilerplate)
                    {
                        continue;
                    }

                    return;
                }

                if (IsProse(unit))
                {
                    break;
                }

                // A line ending a sentence, however short, is the story's own opening ("Tumblr and Yahoo.").
                if (!unit.IsSingleLine || unit.HasMarkup || ++lines > MaxLeadLinks || EndsSentence(unit.Text) ||
                    unit.WordsUpTo(MaxTrailingWords + 1) > MaxTrailingWords)
                {
                    return;
                }
            }

            if (k == units.Count || lines < MinLeadLinks)
            {
                return;
            }

            for (var m = bodyStart; m < k; m++)
            {
                units[m].Kind = units[m].Kind == UnitKind.Text ? UnitKind.Boilerplate : units[m].Kind;
            }
        }

        /// <summary>Another story's headline: one line of four to twenty words, capitalised, no full stop, not numbered.</summary>
        private static bool IsHeadlineShaped(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup)
            {
                return false;
            }

            var text = unit.Text.Trim();
            if (text.Length == 0 || !char.IsUpper(text[0]) || EndsSentence(text) || text[text.Length - 1] == ':' || text[text.Length - 1] == ',')
            {
                return false;
            }

            var words = unit.WordsUpTo(21);
            return words >= 4 && words <= 20;
        }

        private static bool HasProseBefore(List<Unit> units, int i)
        {
            for (var k = i - 1; k >= 0; k--)
            {
                if (units[k].Kind == UnitKind.Text || units[k].Kind == UnitKind.Standfirst)
                {
                    return IsProse(units[k]);
                }

                if (units[k].Kind != UnitKind.Boilerplate && units[k].Kind != UnitKind.Caption && units[k].Kind != UnitKind.Credit)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>After <c>Read more</c> or <c>Related</c>: the headlines of other stories, up to the next paragraph of prose.</summary>
        private static void MarkLinkLists(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (!units[i].IsLinkListLabel)
                {
                    continue;
                }

                var k = i + 1;
                var links = 0;
                while (k < units.Count && (IsLinkShaped(units[k]) || IsBlockOfLinks(units[k])))
                {
                    links += units[k].Kind == UnitKind.Text ? units[k].LineCount : 0;
                    k++;

                    // "Story continues below" ends the list: what follows is the story again.
                    if (links > 0 && units[k - 1].Kind == UnitKind.Boilerplate && IsContinuationNotice(units[k - 1].Text))
                    {
                        break;
                    }
                }

                // The last short line right before prose, after other links, is the body's next crosshead.
                var end = k;
                if (links >= 2 && k < units.Count && units[k].Kind == UnitKind.Text && IsProse(units[k]) && units[k - 1].Kind == UnitKind.Text &&
                    units[k - 1].WordsUpTo(MaxHeadingAfterLinksWords + 1) <= MaxHeadingAfterLinksWords && !RepeatsLater(units, k - 1))
                {
                    end = k - 1;
                }

                for (var m = i + 1; m < end; m++)
                {
                    units[m].Kind = UnitKind.Boilerplate;
                }

                i = k - 1;
            }
        }

        /// <summary>
        /// A link-list label after the story with nothing under it to the page's end but other stories' headlines, their
        /// short teasers (<c>Latest Stories</c> / <c>12 hours ago in Sport</c> / <c>Harbour ferry returns</c> / <c>The old
        /// ferry is back on the water after a year.</c>) and furniture: the whole tail is the page's, the teasers too, which
        /// end a sentence as prose does, each between two headlines. Headlines and furniture must outnumber the teasers, and the
        /// story must come before.
        /// </summary>
        private static void MarkClosingLinkLists(List<Unit> units)
        {
            // Only a link list's label marks the lines after it: with none among the units, the lines are read for nothing.
            if (!HasLinkListLabel(units))
            {
                return;
            }

            var label = -1;
            var links = 0;
            var teasers = 0;
            var linksAtLabel = 0;
            var teasersAtLabel = 0;
            var closingTeaser = false;
            for (var k = units.Count - 1; k >= 0; k--)
            {
                var unit = units[k];
                if (unit.Kind == UnitKind.Boilerplate)
                {
                    if (unit.IsLinkListLabel && links > 0)
                    {
                        label = k;
                        linksAtLabel = links;
                        teasersAtLabel = teasers;
                    }

                    links++;
                    continue;
                }

                if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup)
                {
                    break;
                }

                if (IsLinkShaped(unit))
                {
                    links++;
                }
                else if (IsTeaserBetweenHeadlines(units, k))
                {
                    teasers++;
                    closingTeaser |= k + 1 == units.Count;
                }
                else
                {
                    break;
                }
            }

            // A teaser closing the page must repeat the pattern of one between two headlines: a heading of the story and its
            // last paragraph under a link list look like a headline and its teaser.
            if (label < 0 || linksAtLabel < 2 || teasersAtLabel > linksAtLabel || (closingTeaser && teasersAtLabel < 2) || !HasProseBefore(units, label))
            {
                return;
            }

            for (var m = label + 1; m < units.Count; m++)
            {
                units[m].Kind = units[m].Kind == UnitKind.Text ? UnitKind.Boilerplate : units[m].Kind;
            }
        }

        /// <summary>Whether some unit is furniture labelling a list of links (<c>Read more</c>, <c>Related</c>).</summary>
        private static bool HasLinkListLabel(List<Unit> units)
        {
            foreach (var unit in units)
            {
                if (unit.Kind == UnitKind.Boilerplate && unit.IsLinkListLabel)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A teaser of a few sentences under another story's headline, with the next headline (or the page's end) under it: a
        /// heading of the story's over a paragraph or two has prose or furniture after its paragraph instead. One at the page's
        /// end counts only beside another between two headlines.
        /// </summary>
        private static bool IsTeaserBetweenHeadlines(List<Unit> units, int k)
        {
            if (k == 0 || units[k].WordsUpTo(MaxTeaserWords + 1) > MaxTeaserWords || !IsHeadlineLink(units[k - 1]))
            {
                return false;
            }

            return k + 1 == units.Count || IsHeadlineLink(units[k + 1]);
        }

        private static bool IsHeadlineLink(Unit unit) => unit.Kind == UnitKind.Text && IsLinkShaped(unit);

        /// <summary>
        /// Whether a short line comes again further down: a contents list names the crossheads that follow, so its last entry
        /// is a link, not the heading of the prose under it.
        /// </summary>
        private static bool RepeatsLater(List<Unit> units, int i)
        {
            // A bounded look ahead keeps a page of many link lists linear: a contents list stands near the sections it names.
            var text = units[i].Text.Trim();
            var end = System.Math.Min(units.Count, i + MaxContentsReach);
            for (var k = i + 2; k < end; k++)
            {
                if (units[k].IsSingleLine && units[k].Text.Length >= text.Length && string.Equals(units[k].Text.Trim(), text, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A notice that the story goes on after the furniture: <c>Story continues below</c>, <c>Continue reading</c>.</summary>
        private static bool IsContinuationNotice(string text) => text.IndexOf("ontinue", System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>A line that reads as another story's headline or a tag: one short line that is no paragraph of prose.</summary>
        /// <summary>Most lines of one block of other stories' headlines under a link list's label.</summary>
        private const int MaxLinkBlockLines = 12;

        /// <summary>
        /// Other stories' headlines copied as one block of lines under the label, with no blank line between (<c>Related news</c> /
        /// <c>Harbour ferry returns</c> / <c>Library reopens</c>): each line opens with a capital or a digit and closes on no full
        /// stop, so no line is a wrapped sentence of the story's.
        /// </summary>
        private static bool IsBlockOfLinks(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || unit.IsSingleLine || unit.LineCount > MaxLinkBlockLines || unit.HasMarkup || unit.Content.PartCount != unit.LineCount)
            {
                return false;
            }

            var text = unit.Text;
            for (var k = 0; k < unit.LineCount; k++)
            {
                var (from, to) = unit.PartRange(k);
                var start = Chars.SkipSpaces(text, from, to);
                var end = Chars.TrimEnd(text, start, to);
                if (end <= start || !(char.IsUpper(text[start]) || char.IsDigit(text[start])) || text[end - 1] == '.' || text[end - 1] == ',' ||
                    Chars.CountWords(text, start, end, MaxLinkWords + 1) > MaxLinkWords)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsLinkShaped(Unit unit)
        {
            if (unit.Kind == UnitKind.Boilerplate)
            {
                return true;
            }

            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.IsLinkListLabel)
            {
                return false;
            }

            // A headline may ask or exclaim ("… - LIVE!"); prose ends with a full stop.
            var text = unit.Text.Trim();
            var words = unit.WordsUpTo(MaxLinkWords + 1);
            return words <= MaxLinkWords && (!IsProse(text) || (text[text.Length - 1] != '.' && words <= 20));
        }

        /// <summary>
        /// In the body, after the story's first paragraph of prose: a line promoting another piece after a media or section
        /// label and a colon or bar (<c>WATCH | The pier reopens</c>, <c>Opinion: Why the ferries must run</c>). A line of the
        /// header saying the same is the headline or a kicker, which the header's rules read.
        /// </summary>
        private static void MarkBodyTeasers(List<Unit> units, int bodyStart)
        {
            for (var i = System.Math.Max(1, bodyStart); i < units.Count; i++)
            {
                var unit = units[i];
                if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || !IsBodyTeaser(unit.Text.Trim()) || unit.WordsUpTo(MaxLinkWords + 1) > MaxLinkWords ||
                    !HasProseBefore(units, i))
                {
                    continue;
                }

                unit.Kind = UnitKind.Boilerplate;
            }
        }

        /// <summary>
        /// <c>Related Tenancies fall for a third year</c>: a label glued to another story's title, capitalised, with no sentence's
        /// end; <c>Related charges were dropped.</c> is the story's.
        /// </summary>
        private static bool IsGluedTeaser(string text, Word first, int words) =>
            first.IsCapitalized && Lexicon.GluedTeaserLabels.Contains(first) && Words.TryFirst(text, first.End, text.Length, out var second) &&
            second.IsCapitalized && Words.OnlySpaceBetween(text, first.End, second.Start) && !EndsSentence(text) &&
            Chars.CountWordsUpTo(text, words, MaxLinkWords + 1) <= MaxLinkWords;

        /// <summary>A media or section label, a colon or bar, then the other piece's title opening with a letter or digit.</summary>
        private static bool IsBodyTeaser(string text)
        {
            var mark = TeaserLabelEnd(text, out var rest);
            return mark > 0 && Lexicon.BodyTeaserLabels.Contains(text, 0, mark) && !Prefixes.StartsAt(text, rest, "By ");
        }
    }
}
