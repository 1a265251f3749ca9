using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>A credit carried at the end of a caption's own line: in brackets, after a label, or unlabelled after the last full stop or a dash.</summary>
    internal static partial class CaptionDetector
    {
        private static readonly char[] ClosingStops = { '.', ';' };

        private static readonly char[] Separators = { '-', '\u2013', '\u2014', '|' };

        /// <summary>
        /// A caption closed by an agency's slash credit that ends with its own full stop (<c>Farmers sort potatoes near the
        /// river. AGENCY PHOTO / JANE ROE / Agency.</c>): the last sentence is only the credit, so the line is no sentence of prose.
        /// </summary>
        private static bool TryStoppedSlashCredit(string text, int words, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;
            var end = text.Length - 1;
            if (words > MaxCaptionWords || end < 2 || text[end] != '.')
            {
                return false;
            }

            // Only the last sentence is read, from the end back: a line of prose pays for its last sentence alone.
            var stop = text.LastIndexOf(". ", end - 1, StringComparison.Ordinal);
            if (stop <= 0 || text.IndexOf('/', stop, end - stop) < 0)
            {
                return false;
            }

            var tail = text.Substring(stop + 2, end - stop - 2).Trim();
            if (tail.IndexOf('/') < 0 || Chars.CountWords(tail, 0, tail.Length, limit: MaxUnlabelledCreditWords + 1) > MaxUnlabelledCreditWords ||
                !OpensLikeABareCredit(tail) || !(IsBareCredit(tail) || IsSpacedSlashCredit(tail)))
            {
                return false;
            }

            captionText = text.Substring(0, stop + 1).Trim();
            credit = tail;
            return Chars.CountWords(captionText, 0, captionText.Length, limit: MinCaptionWords) >= MinCaptionWords;
        }

        /// <summary>
        /// A credit whose parts stand between spaced slashes (<c>AGENCY PHOTO / JANE ROE / Agency</c>): capitalised words, and a
        /// source among them (<c>PHOTO</c>, an agency).
        /// </summary>
        private static bool IsSpacedSlashCredit(string text)
        {
            var t = LineTokens.Split(text);
            if (t.Count == 0 || text.IndexOf(" / ", StringComparison.Ordinal) < 0 || !IsCreditTokens(t, 0, t.Count, requireCue: true))
            {
                return false;
            }

            for (var k = 0; k < t.Count; k++)
            {
                if (Lexicon.CreditSources.ContainsBare(t[k]) || Lexicon.Agencies.Contains(t.Text(k)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>Text (Credit)</c>, also with the credit repeated after it (<c>(AP Photo/Jane Roe) AP Photo</c>). A credit needs a
        /// cue (a slash, a label, a credit word) unless it closes a caption fragment or, in a one-line paragraph, follows the
        /// caption's full stop (<c>… the harbour. (City Council)</c>).
        /// </summary>
        private static bool TryParenthesisedCredit(string text, bool unlabelledCredit, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;
            // Round brackets, or square ones (<c>… the harbour. [Jane Roe/Agency]</c>), whichever closes last.
            var close = text.LastIndexOf(')');
            var square = text.LastIndexOf(']');
            var openMark = '(';
            if (square > close)
            {
                close = square;
                openMark = '[';
            }

            if (close < 0)
            {
                return false;
            }

            // What follows the parenthesis may only repeat the credit: read in place, copied only when there is any.
            var tailStart = close + 1;
            while (tailStart < text.Length && (char.IsWhiteSpace(text[tailStart]) || Array.IndexOf(Separators, text[tailStart]) >= 0))
            {
                tailStart++;
            }

            if (tailStart < text.Length && !IsRepeatedCredit(text.Substring(tailStart).Trim()))
            {
                return false;
            }

            var open = text.LastIndexOf(openMark, close);
            if (open <= 0 || Chars.TrimEnd(text, 0, open) == 0)
            {
                return false;
            }

            var inner = text.Substring(open + 1, close - open - 1).Trim();
            var before = text.Substring(0, open).TrimEnd();

            // A figure in a box of facts ("41: Per cent of voters … (Pollster)") cites its source, it credits no picture.
            if (IsFigureLine(before))
            {
                return false;
            }

            var endsSentence = Chars.IsSentenceEnd(before[before.Length - 1]);
            var fragment = !endsSentence && Chars.CountWords(before, 0, before.Length, limit: 31) <= 30;

            // A name alone before an uncued employer ("Jane Roe (Kettering Herald)") is a byline; a portrait's caption
            // names its source ("Jane Roe (Supplied)").
            if (fragment && Names.IsPersonName(before) && !IsCredit(inner, requireCue: true))
            {
                return false;
            }
            // An uncued source after a full stop credits a picture only when the text before describes one: sentences in the
            // story's voice (what someone said, what can or will happen) cite their source ("… they can. Some sell. (Wire Service)").
            var credited = IsCredit(inner, requireCue: !fragment);
            if (!credited && unlabelledCredit && endsSentence && IsCredit(inner, requireCue: false))
            {
                var sentences = Sentences.Count(before, 0, before.Length, limit: 4);
                credited = sentences == 1 || (sentences <= 3 && !SpeaksAsTheStory(before));
            }
            if (!credited)
            {
                return false;
            }

            captionText = before.Trim();
            credit = StripLabel(inner);
            return credit.Length > 0;
        }

        /// <summary><c>Text. Photo: X</c>, <c>Text | Picture: X</c>, <c>Text — Video: X</c>, <c>Text Image Credits: X</c>.</summary>
        private static bool TryLabelledCredit(string text, LineMarks marks, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;

            // A label follows a space and opens with a capital or the copyright sign, after a sentence end, a bar or a dash; one
            // that says "credit" outright may stand anywhere (those open with C, I, P or the sign, so other words are not looked up).
            // The places are found by two searches for those marks (LabelPlaces), in the order of the line.
            var places = new LabelPlaces(text, marks);
            for (var i = places.Next(); i >= 0; i = places.Next())
            {
                var afterBreak = i >= 2 && (Chars.IsSentenceEnd(text[i - 2]) || text[i - 2] == '|' || Chars.IsDash(text[i - 2]));
                var label = afterBreak ? OwnedLabelAt(text, i) : StrongLabelAt(text, i);
                if (label == 0)
                {
                    continue;
                }

                // Count a few words before copying anything: a line of thousands of labels stays linear.
                var words = Chars.CountWords(text, i + label, text.Length, limit: MaxCreditWords * 4);
                if (words == 0)
                {
                    continue;
                }

                captionText = text.Substring(0, i).Trim().TrimEnd(Separators).Trim();
                var value = text.Substring(i + label).Trim();

                // Alt text after the credit repeats the caption: the credit ends where the repeat starts.
                var repeat = RepeatStart(value, captionText);
                if (repeat > 0)
                {
                    value = value.Substring(0, repeat).Trim();
                    words = Chars.CountWords(value);
                }

                // Inside the line, a label naming the picture ("… Mill Lane Image: X") needs a credit's shape after it, as a label
                // without its colon does.
                var shapeNeeded = !EndsWithColon(text, i + label) || (!afterBreak && MatchLabel(Lexicon.PictureLabels, text, i) > 0);
                if (words > MaxCreditWords || (shapeNeeded && !IsCreditShaped(value, 0, value.Length) && !(afterBreak && IsSourceAfterPreposition(text, i + label, value))))
                {
                    captionText = string.Empty;
                    continue;
                }

                credit = value.TrimEnd(ClosingStops).Trim();
                return captionText.Length > 0 && credit.Length > 0;
            }

            return false;
        }

        /// <summary>
        /// Whether a label closing on a preposition (<c>Photo courtesy of</c>, <c>Photo by</c>) is followed by a source named in
        /// lower case with its article, to the line's end (<c>… Photo courtesy of the city's public works department.</c>,
        /// <c>Photo by the author</c>): a few words in no story's voice.
        /// </summary>
        private static bool IsSourceAfterPreposition(string text, int labelEnd, string value)
        {
            var k = labelEnd - 1;
            while (k > 0 && text[k] == ' ')
            {
                k--;
            }

            var preposition = k >= 2 && text[k - 2] == ' ' &&
                              ((text[k - 1] == 'o' && text[k] == 'f') || (text[k - 1] == 'b' && text[k] == 'y'));
            if (!preposition || !value.StartsWith("the ", StringComparison.Ordinal))
            {
                return false;
            }

            var at = 0;
            var count = 0;
            while (Words.TryNext(value, ref at, value.Length, out var w))
            {
                if (++count > MaxUnlabelledCreditWords || HasQuoteMark(w) || (char.IsLower(w.First) && Lexicon.StoryVoiceWords.Contains(w)))
                {
                    return false;
                }

                // One full stop may close the line; one inside it ends a sentence.
                var last = w.Source[w.End - 1];
                if ((last == '.' || last == '?' || last == '!') && w.End < Chars.TrimEnd(value, 0, value.Length))
                {
                    return false;
                }
            }

            return count >= 2;
        }

        /// <summary>A web address with a path in [from, to) (<c>pic.twitter.com/x8kq</c>, <c>example.org/a</c>): a dot, then a slash, no space between.</summary>
        private static bool IsWebAddress(string text, int from, int to)
        {
            var dot = text.IndexOf('.', from, to - from);
            if (dot < 0)
            {
                return false;
            }

            for (var i = dot + 1; i < to && !char.IsWhiteSpace(text[i]); i++)
            {
                if (text[i] == '/')
                {
                    return char.IsLetterOrDigit(text[dot + 1]);
                }
            }

            return false;
        }

        /// <summary>
        /// An unlabelled credit closing a one-line caption: after its last full stop (<c>… the harbour. Supplied</c>,
        /// <c>… screening. Jane Roe/Agency</c>), or a photographer and agency joined by a slash (<c>… the launch Jane Roe/Agency</c>),
        /// or a credit word (<c>… the harbour Getty Images</c>).
        /// </summary>
        private static bool TryTrailingCredit(string text, LineMarks marks, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;

            // Each rule needs its mark: a sentence end before the credit, a slash, or a credit word last. A mark the line's
            // marks lack (read with the line, of which the text is a part) is not searched for.
            if (((marks & LineMarks.Slash) == 0 || text.IndexOf('/') < 0) &&
                ((marks & LineMarks.Stop) == 0 || (text.IndexOf(". ", StringComparison.Ordinal) < 0 && text.IndexOf("? ", StringComparison.Ordinal) < 0 && text.IndexOf("! ", StringComparison.Ordinal) < 0)) &&
                !EndsWithCreditWord(text) && ((marks & LineMarks.Bar) == 0 || !LineTokens.HasBar(text)) && ((marks & LineMarks.Dash) == 0 || !HasSpacedDash(text)))
            {
                return false;
            }

            var t = LineTokens.Split(text);
            if (t.Count < 4)
            {
                return false;
            }

            // After the last sentence end, on a line that does not end one.
            var endsSentence = BoilerplateDetector.EndsSentence(text);
            for (var k = t.Count - 1; k >= 1 && t.Count - k <= MaxUnlabelledCreditWords; k--)
            {
                var previous = t[k - 1];
                if (previous.Source[previous.End - 1] == '.' || previous.Source[previous.End - 1] == '?' || previous.Source[previous.End - 1] == '!')
                {
                    // "J.", "U.S." and "Sen." end an initial, an abbreviation or a title, not a sentence.
                    if (IsInitial(previous) || previous.Text.IndexOf('.') < previous.End - previous.Start - 1 || Lexicon.Titles.ContainsBare(previous))
                    {
                        continue;
                    }

                    // "… Please avoid the area. pic.twitter.com/x8kq": an embedded post's link, no one's credit.
                    if (!endsSentence && k >= 3 && (IsCreditTokens(t, k, t.Count, requireCue: false) || IsPhotoProvision(t, k, t.Count)) &&
                        !IsWebAddress(text, t[k].Start, t[t.Count - 1].End))
                    {
                        // "… on Monday. / Jane Roe": the slash sets the credit apart, as a label would.
                        captionText = text.Substring(0, previous.End).Trim();
                        credit = t.Span(k, t.Count).TrimStart('/', ' ');
                        return true;
                    }

                    break;
                }
            }

            if (endsSentence)
            {
                return false;
            }

            // A slash credit: "Jane Roe/Agency", "AP Photo/Jane Roe", "Agency/via Wire", "Jane Roe/John Doe/Agency": the
            // first slash of the credit's run of capitalised words.
            var slash = -1;
            for (var k = t.Count - 1; k >= 0 && t.Count - k <= MaxUnlabelledCreditWords && (IsCapitalisedToken(t[k]) || t[k].IsOneOfLower(CreditConnectors)); k--)
            {
                if (IsSlashCredit(t[k]))
                {
                    slash = k;
                }
            }

            if (slash > 0)
            {
                var start = slash;
                if (start > 0 && IsCapitalisedToken(t[start - 1]))
                {
                    start--;
                    if (start > 0 && IsInitial(t[start]) && IsCapitalisedToken(t[start - 1]))
                    {
                        start--;
                    }
                }

                if (start >= 3 && IsCreditTokens(t, start, t.Count, requireCue: false) && IsSlashCredit(t[slash]))
                {
                    captionText = text.Substring(0, t[start - 1].End).Trim();
                    credit = t.Span(start, t.Count);
                    return true;
                }
            }

            // "… outside the library | Jane Roe", "… | The Westhaven Courier", "… on Monday – Jane Roe": a photographer or a paper
            // after a bar or a dash standing alone, closing a caption of five words or more (a heading's bar parts shorter
            // words: "What we found | Next steps"; a heading's dash goes on in lower case: "Costs rose – and who pays").
            for (var k = t.Count - 1; k >= 5 && t.Count - k <= 4; k--)
            {
                if (t.Before(k) == Text.Separators.None)
                {
                    continue;
                }

                // One sentence before the bar: "… since 2023. Follow him on X | Social Site" is an author's note and its links.
                // After a dash the name must open with a given name the lexicon knows: a headline's dash goes on in capitals too
                // ("… for Bad Grades – Until Now").
                // "… on the pier. — Courier pic", "… | Westmoor Times photo": whose picture, then the picture's own word.
                if ((t.Before(k) & Text.Separators.Bar) != 0 && IsSourceBeforePictureWord(t, k))
                {
                    captionText = text.Substring(0, t[k - 1].End).Trim();
                    credit = t.Span(k, t.Count - 1);
                    return true;
                }

                if ((t.Before(k) & Text.Separators.Bar) != 0 && (Names.IsPersonName(t.Words, k, t.Count) || IsPaperName(t, k)) &&
                    (!AfterDash(text, t[k].Start) || Lexicon.IsGivenNameBare(t[k]) || IsPaperName(t, k)) &&
                    Sentences.IsOne(text.Substring(0, t[k - 1].End)))
                {
                    captionText = text.Substring(0, t[k - 1].End).Trim();
                    credit = t.Span(k, t.Count);
                    return true;
                }

                break;
            }

            // A credit word closing the line: "… the harbour Getty Images".
            var from = t.Count;
            while (from > 0 && t.Count - from < 4 && (Lexicon.CreditSources.ContainsBare(t[from - 1]) || Lexicon.Agencies.Contains(t.Text(from - 1))) && char.IsUpper(t[from - 1].First))
            {
                from--;
            }

            if (from < t.Count && from >= 2 && !Lexicon.FunctionWords.ContainsBare(t[from - 1]) && HasStrongCreditWord(t, from, t.Count))
            {
                captionText = text.Substring(0, t[from - 1].End).Trim();
                credit = t.Span(from, t.Count);
                return true;
            }

            return false;
        }

        /// <summary>
        /// From token <paramref name="k"/> to the end: capitalised words naming a paper, an agency or a photographer, then a
        /// picture's own word in lower case (<c>Courier pic</c>, <c>TODAY pic</c>, <c>Jane Roe photo</c>), after a bar or a dash.
        /// </summary>
        private static bool IsSourceBeforePictureWord(LineTokens t, int k)
        {
            var last = t.Count - 1;
            if (last - k < 1 || !Lexicon.PictureWords.ContainsBare(t[last]) || char.IsUpper(t[last].First))
            {
                return false;
            }

            for (var m = k; m < last; m++)
            {
                if (!IsCapitalisedToken(t[m]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the mark before <paramref name="at"/>, past spaces, is a dash.</summary>
        private static bool AfterDash(string text, int at)
        {
            var k = at - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            return k >= 0 && Chars.IsDash(text[k]);
        }

        /// <summary>
        /// Whether a dash stands alone between words (<c>… on Monday – Jane Roe</c>), as a credit's separator does: past the line's
        /// first character, with a space on each side. The dashes are searched for, as they are rarer than spaces.
        /// </summary>
        private static bool HasSpacedDash(string text)
        {
            for (var k = text.IndexOfAny(Chars.Dashes, Math.Min(2, text.Length)); k > 0 && k + 1 < text.Length; k = text.IndexOfAny(Chars.Dashes, k + 1))
            {
                if (text[k - 1] == ' ' && text[k + 1] == ' ')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Tokens from <paramref name="k"/> to the line's end that name a paper: capitalised, the last a newspaper's word.</summary>
        private static bool IsPaperName(LineTokens t, int k)
        {
            for (var j = k; j < t.Count; j++)
            {
                if (!(t[j].IsCapitalized && char.IsLetter(t[j].First)) && !t[j].LowerIs("the") && !t[j].LowerIs("of"))
                {
                    return false;
                }
            }

            return Lexicon.PublicationWords.ContainsBare(t[t.Count - 1]);
        }

        private static bool EndsWithCreditWord(string text)
        {
            var end = text.Length;
            while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            return end > start && (Lexicon.CreditSources.Contains(text, start, end) || Lexicon.Agencies.Contains(text, start, end));
        }

        /// <summary>
        /// A wire photo's notice in capitals after the caption (<c>THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO
        /// RESALES.</c>) is the agency's instruction to editors, not the caption.
        /// </summary>
        private static string WithoutAgencyNotice(string text)
        {
            var cut = text.Length;
            var i = text.Length - 1;
            var sentences = 0;
            while (i > 0)
            {
                // Walk back over one sentence in capitals.
                var end = i;
                while (i > 0 && (!char.IsLetter(text[i]) || char.IsUpper(text[i])) && !(text[i] == '.' && i < end))
                {
                    i--;
                }

                if (i <= 0 || text[i] != '.')
                {
                    break;
                }

                // The sentence [i + 1, end] must be words in capitals.
                var sentence = text.Substring(i + 1, end - i).Trim();
                if (Chars.CountWords(sentence) < 2 || !Names.IsAllCaps(sentence))
                {
                    break;
                }

                sentences++;
                cut = i + 1;
                i--;
            }

            // A notice is several such sentences; one capitalised word ("REUTERS") is a credit.
            if (sentences < 2)
            {
                return text;
            }

            // The first sentence of the notice begins after the credit ("Agency THIS IMAGE …"): find its capital run start.
            var head = text.Substring(0, cut).TrimEnd();
            var words = Words.Split(head);
            var k = words.Count;
            while (k > 0 && words[k - 1].IsAllCaps)
            {
                k--;
            }

            // Keep an agency in capitals that credits the picture ("via REUTERS THIS IMAGE …").
            if (k < words.Count && Lexicon.Agencies.Contains(words[k].Text))
            {
                k++;
            }

            return k < words.Count ? head.Substring(0, words[k].Start).TrimEnd() : head;
        }
    }
}
