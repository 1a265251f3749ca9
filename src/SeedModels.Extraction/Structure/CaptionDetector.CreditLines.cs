using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Lines that are only a credit, labelled, bracketed or bare (<c>(Image: Getty)</c>, <c>Getty Images</c>, <c>Jane Roe/Agency</c>), and the shapes of credits.</summary>
    internal static partial class CaptionDetector
    {
        /// <summary>An organisation credited alone under a caption: a name of a few words.</summary>
        private const int MaxOrganisationWords = 5;

        /// <summary>A line that is only a credit: <c>(Twitter/ Jane Roe)</c>, <c>(Image: Getty)</c>, <c>Photo: Jane Roe / Getty Images</c>, <c>Getty Images</c>.</summary>
        public static bool TryReadCreditLine(string line, out string? credit) => TryReadCreditLine(line, out credit, out _);

        /// <summary>The same, saying whether the credit stood bare (<c>Getty Images</c>), with neither label nor brackets.</summary>
        public static bool TryReadCreditLine(string line, out string? credit, out bool bare) => TryReadCreditLine(line, -1, out credit, out bare);

        /// <summary>The same, given the line's word count (<see cref="Chars.CountWords(string)"/>), or -1 when not counted.</summary>
        public static bool TryReadCreditLine(string line, int words, out string? credit, out bool bare)
        {
            credit = null;
            bare = false;
            var text = line.Trim();
            if (text.Length > 2 && text[0] == '(' && text[text.Length - 1] == ')' && text.IndexOf(')') == text.Length - 1)
            {
                var inner = text.Substring(1, text.Length - 2).Trim();
                if (IsCredit(inner, requireCue: false))
                {
                    credit = StripLabel(inner);
                    return credit.Length > 0;
                }

                return false;
            }

            var label = OwnedLabelAt(text, 0);
            if (label > 0)
            {
                // "Pic: biker coming down the trail" labels what the picture shows: a caption, read as one.
                if (IsLabelledDescription(text, out _))
                {
                    return false;
                }

                // "Pic: Jane Roe – Cranes at the West Harbour": a credit, a standing dash, then what the picture shows.
                if (IsCreditThenCaption(text))
                {
                    return false;
                }

                var value = text.Substring(label).Trim().TrimEnd(';');

                // "Photo credit: Jane Roe on Flickr." says "credit" outright: its closing full stop ends the line, not a sentence.
                if (value.Length > 1 && value[value.Length - 1] == '.' && value.IndexOf('.') == value.Length - 1 && Lexicon.StrongCaptionLabels.Match(text) != null &&
                    Chars.CountWords(value, 0, value.Length, limit: MaxUnlabelledCreditWords + 1) <= MaxUnlabelledCreditWords && IsCreditLabelWord(text, label))
                {
                    value = value.Substring(0, value.Length - 1).TrimEnd();
                }

                // "VIDEO: The 20-second hand wash" links to a video: after a media word's label only a credit's shape is a credit.
                if (value.Length > 0 && Chars.CountWords(value, 0, value.Length, limit: MaxCreditWords + 1) <= MaxCreditWords && !value.EndsWith(".", StringComparison.Ordinal) &&
                    ((EndsWithColon(text, label) && Lexicon.MediaLinkLabels.Match(text) == null) || IsCreditShaped(value, 0, value.Length)))
                {
                    credit = value;
                    return true;
                }

                return false;
            }

            // "Getty Images", "REUTERS", "AFP via Getty Images", "Jane Roe/Agency": a credit on a line of its own, which has a
            // slash or opens with a source.
            if (Chars.CountWordsUpTo(text, words, MaxUnlabelledCreditWords + 1) <= MaxUnlabelledCreditWords && OpensLikeABareCredit(text) && IsBareCredit(text))
            {
                credit = text.TrimEnd('.');
                bare = true;
                return true;
            }

            // "The Kettering Herald" under a picture of its front page: a publication's name alone credits it.
            if (IsPublicationName(text))
            {
                credit = text;
                bare = true;
                return true;
            }

            return false;
        }

        /// <summary>Whether the label before <paramref name="labelEnd"/> names a credit (<c>Photo credit:</c>, <c>Credit:</c>), not a picture (<c>Photo:</c>).</summary>
        private static bool IsCreditLabelWord(string text, int labelEnd) =>
            text.IndexOf("redit", 0, labelEnd, StringComparison.Ordinal) >= 0 || text.IndexOf("REDIT", 0, labelEnd, StringComparison.Ordinal) >= 0;

        /// <summary>
        /// A publication's name alone: <c>The</c>, then up to four capitalised words, the last a title word (<c>The Kettering
        /// Herald</c>). Without <c>The</c> a line of capitalised words is as often a heading.
        /// </summary>
        private static bool IsPublicationName(string text)
        {
            if (text.Length < 8 || text.Length > 60 || !text.StartsWith("The ", StringComparison.Ordinal))
            {
                return false;
            }

            var words = Words.Split(text);
            if (words.Count < 2 || words.Count > 5 || !Lexicon.PublicationWords.Contains(words[words.Count - 1]))
            {
                return false;
            }

            foreach (var w in words)
            {
                if (!w.IsCapitalized || !char.IsLetter(w.First) || w.End - w.Start != w.BareEnd - w.Start)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A credit naming only the store a picture came from: <c>File photo</c>, <c>Family picture</c>.</summary>
        private static bool IsPictureOrigin(string credit)
        {
            var t = LineTokens.Split(credit);
            return t.Count == 2 && Lexicon.PictureOriginWords.ContainsBare(t[0]) && Lexicon.PictureWords.ContainsBare(t[1]);
        }

        /// <summary>
        /// A credit saying only how the picture came (<c>Supplied photo</c>, <c>Submitted photo</c>, <c>Photo provided</c>,
        /// <c>Staff photo</c>): two or three words, the first capitalised, one of them a picture's word, the others a
        /// provision's (<see cref="Lexicon.PhotoProvisionWords"/>) or an origin's (<see cref="Lexicon.PictureOriginWords"/>: <c>File photo</c>).
        /// </summary>
        private static bool IsPhotoProvision(LineTokens t, int from, int to)
        {
            if (to - from < 2 || to - from > 3 || !char.IsUpper(t[from].First))
            {
                return false;
            }

            var picture = false;
            for (var k = from; k < to; k++)
            {
                var isPicture = Lexicon.PictureWords.ContainsBare(t[k]);
                if (!isPicture && !Lexicon.PhotoProvisionWords.ContainsBare(t[k]) && !Lexicon.PictureOriginWords.ContainsBare(t[k]))
                {
                    return false;
                }

                picture |= isPicture;
            }

            return picture;
        }

        /// <summary>
        /// An organisation's name alone on its line, as under a caption with no credit: two to five capitalised words, the last
        /// a word naming an agency, a studio, an archive or a paper (<c>Veldra Press Agency</c>, <c>Harbour Board Archive</c>).
        /// </summary>
        public static bool IsOrganisationCredit(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup || unit.WordsUpTo(MaxOrganisationWords + 1) > MaxOrganisationWords)
            {
                return false;
            }

            var words = Words.Split(unit.Text.Trim());
            if (words.Count < 2 || words.Count > MaxOrganisationWords)
            {
                return false;
            }

            foreach (var w in words)
            {
                if (!w.IsCapitalized && !w.IsOneOfLower(CreditConnectors))
                {
                    return false;
                }
            }

            var last = words[words.Count - 1];
            var text = unit.Text.Trim();
            return char.IsLetter(text[text.Length - 1]) && (Lexicon.OrganisationCreditWords.ContainsBare(last) || Lexicon.PublicationWords.ContainsBare(last));
        }

        /// <summary>Whether what follows a parenthesised credit only repeats a credit (<c>AP Photo</c>, <c>Copyright AP Photo</c>).</summary>
        private static bool IsRepeatedCredit(string tail)
        {
            if (Chars.CountWords(tail, 0, tail.Length, limit: 7) > 6)
            {
                return false;
            }

            var label = LabelAt(tail, 0);
            var value = label > 0 ? tail.Substring(label).Trim() : tail;
            var t = LineTokens.Split(value);
            return t.Count > 0 && IsCreditTokens(t, 0, t.Count, requireCue: false) && HasStrongCreditWord(t, 0, t.Count);
        }

        private static bool IsCredit(string inner, bool requireCue)
        {
            if (inner.Length == 0 || Chars.CountWords(inner, 0, inner.Length, limit: MaxCreditWords + 1) > MaxCreditWords || inner.EndsWith(".", StringComparison.Ordinal))
            {
                return false;
            }

            if (inner.IndexOf('/') >= 0 || LabelAt(inner, 0) > 0)
            {
                return IsCreditShaped(inner, 0, inner.Length) || LabelAt(inner, 0) > 0;
            }

            var at = 0;
            while (Words.TryNext(inner, ref at, inner.Length, out var w))
            {
                if (Lexicon.CreditWords.ContainsBare(w) || (Lexicon.CreditSources.ContainsBare(w) && w.IsCapitalized))
                {
                    return true;
                }
            }

            if (requireCue)
            {
                return false;
            }

            // No cue: capitalised words only, a few of them, no digits ("(Harbour Trust)", "(Jane Roe)"); not a party's
            // initial ("(R)"), a position ("(left)") or what a link leads to ("(VIDEO)").
            if (inner.Length < 2 || Lexicon.PicturePositions.Contains(inner) || Lexicon.MediaMarkers.Contains(inner))
            {
                return false;
            }

            var count = 0;
            var only = default(Word);
            at = 0;
            while (Words.TryNext(inner, ref at, inner.Length, out var w))
            {
                if ((!w.IsCapitalized && !w.IsOneOfLower(CreditConnectors)) || char.IsDigit(w.First) || ++count > 6)
                {
                    return false;
                }

                only = w;
            }

            // A few capitals alone ("(NM)", "(JD)") are a reporter's initials signing off, not a credit.
            return count > 1 || (count == 1 && !(only.IsAllCaps && only.End - only.Start <= 3));
        }

        /// <summary>A credit's shape: capitalised words, slashes, handles and connectors (<c>via</c>, <c>for</c>), no sentence.</summary>
        private static bool IsCreditShaped(string s, int start, int end)
        {
            var t = LineTokens.Split(s, start, end);
            return t.Count > 0 && IsCreditTokens(t, 0, t.Count, requireCue: false);
        }

        /// <summary>Whether tokens [from, to) read as a credit: capitalised words, initials, slashes, handles, connectors.</summary>
        private static bool IsCreditTokens(LineTokens t, int from, int to, bool requireCue)
        {
            if (to - from > MaxCreditWords || to <= from)
            {
                return false;
            }

            var cue = false;
            for (var k = from; k < to; k++)
            {
                var w = t[k];
                var first = w.First;
                if (first == '@' || first == '/' || w.Text.IndexOf('@') > 0 || w.Text.IndexOf('/') > 0)
                {
                    cue = true;
                    continue;
                }

                if (w.IsOneOfLower(CreditConnectors) && k > from)
                {
                    continue;
                }

                // "the" may open a name ("Courtesy of the Harbour Trust").
                if (w.Is("the") && k + 1 < to && char.IsUpper(t[k + 1].First))
                {
                    continue;
                }

                if (!char.IsUpper(first) || HasQuoteMark(w))
                {
                    return false;
                }

                cue |= w.Text.IndexOf('/') > 0 || Lexicon.CreditSources.ContainsBare(w);
            }

            return cue || !requireCue;
        }

        /// <summary><c>Roe/Agency</c>, <c>Photo/Jane</c>, <c>Rousseau/via</c>: letters on both sides, the right one capitalised or <c>via</c>.</summary>
        private static bool IsSlashCredit(Word w)
        {
            var text = w.Text;
            var slash = text.IndexOf('/');
            return slash > 0 && slash + 1 < text.Length && char.IsLetter(text[slash - 1]) && (char.IsUpper(text[0]) || text[0] == '@') &&
                   (char.IsUpper(text[slash + 1]) || string.Compare(text, slash + 1, "via", 0, 3, StringComparison.OrdinalIgnoreCase) == 0);
        }

        private static bool HasStrongCreditWord(LineTokens t, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (Lexicon.CreditWords.ContainsBare(t[k]) || Lexicon.Agencies.Contains(t.Text(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool OpensLikeABareCredit(string text)
        {
            if (text.IndexOf('/') >= 0)
            {
                return true;
            }

            if (!Words.TryFirst(text, 0, text.Length, out var first))
            {
                return false;
            }

            var at = first.End;
            var second = Words.TryNext(text, ref at, text.Length, out var next) ? next : first;
            return Lexicon.CreditSources.ContainsBare(first) || Lexicon.Agencies.Contains(text, first.Start, first.End) ||
                   Lexicon.Agencies.Contains(text, first.Start, second.End);
        }

        /// <summary>A line that is only a credit, without label or brackets: credit words (<c>Getty Images</c>) or a slash credit.</summary>
        private static bool IsBareCredit(string text)
        {
            var t = LineTokens.Split(text);
            if (t.Count == 0 || !IsCreditTokens(t, 0, t.Count, requireCue: true))
            {
                return false;
            }

            // Every word a credit word ("AFP via Getty Images", "REUTERS"), or a slash between capitalised words.
            var allSources = true;
            var slash = false;
            for (var k = 0; k < t.Count; k++)
            {
                allSources &= Lexicon.CreditSources.ContainsBare(t[k]) || Lexicon.Agencies.Contains(t.Text(k)) || t[k].IsOneOfLower(CreditConnectors);
                slash |= IsSlashCredit(t[k]);
            }

            return (allSources && HasStrongCreditWord(t, 0, t.Count)) || (slash && !JoinsTwoNames(t));
        }

        /// <summary>
        /// Two names of two words or more joined by a slash (<c>Jane Roe/John Doe</c>): a byline of two authors. A credit
        /// names an agency or a one-word source on one side (<c>Jane Roe/Agency</c>).
        /// </summary>
        private static bool JoinsTwoNames(LineTokens t)
        {
            var slashes = 0;
            var before = 0;
            var after = 0;
            for (var k = 0; k < t.Count; k++)
            {
                // A source, an agency or a publication (Jane Roe/Kettering Herald) on either side: a credit, not two names.
                var text = t.Text(k);
                if (Lexicon.CreditSources.ContainsBare(t[k]) || Lexicon.Agencies.Contains(text) || Lexicon.PublicationWords.ContainsBare(t[k]) ||
                    PublicationAfterSlash(text))
                {
                    return false;
                }

                var slash = text.IndexOf('/');
                if (slash < 0)
                {
                    if (slashes == 0)
                    {
                        before++;
                    }
                    else
                    {
                        after++;
                    }

                    continue;
                }

                if (++slashes > 1 || text.IndexOf('/', slash + 1) >= 0)
                {
                    return false;
                }

                before++;
                after++;
                if (Lexicon.CreditSources.Contains(text.Substring(slash + 1)) || Lexicon.Agencies.Contains(text.Substring(slash + 1)))
                {
                    return false;
                }
            }

            return slashes == 1 && before >= 2 && after >= 2;
        }

        private static bool PublicationAfterSlash(string token)
        {
            var slash = token.IndexOf('/');
            return slash >= 0 && slash + 1 < token.Length && Lexicon.PublicationWords.Contains(token, slash + 1, token.Length);
        }

        private static bool IsCapitalisedToken(Word w) => char.IsUpper(w.First) && !HasQuoteMark(w);

        /// <summary>A single capital, perhaps with its dot: <c>J</c>, <c>J.</c></summary>
        private static bool IsInitial(Word w) => char.IsUpper(w.First) && (w.End - w.Start == 1 || (w.End - w.Start == 2 && w.Source[w.End - 1] == '.'));

        /// <summary>Where, in a credit, alt text repeating the caption begins (its first four words), else 0.</summary>
        private static int RepeatStart(string value, string caption)
        {
            var captionWords = Words.Split(caption);
            if (captionWords.Count < 4)
            {
                return 0;
            }

            var probe = caption.Substring(0, captionWords[3].End);
            var at = value.IndexOf(probe, StringComparison.Ordinal);
            return at > 0 ? at : 0;
        }
    }
}
