using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides which lines are image captions and credits. Credits: in parentheses (<c>(Getty Images)</c>,
    /// <c>(AP Photo/Jane Roe)</c>, <c>(Harbour Trust)</c> after a caption's full stop), after a label (<c>Photo: …</c>,
    /// <c>Photo by …</c>, <c>Image Credits: …</c>, <c>Copyright …</c>, <c>Source: …</c>), or unlabelled at the end of a
    /// one-line paragraph (<c>… in the harbour. Supplied</c>, <c>… at the launch Jane Roe/Agency</c>), or on a line of
    /// their own after the caption (<c>Getty Images</c>, <c>REUTERS</c>). Captions: a line with such a credit, the line
    /// before a credit line, the line after a gallery counter, a line placing people in the picture (<c>Jane Roe (left)
    /// …</c>), a video's caption (<c>00:49 Crews search the site – video</c>), HTML-escaped captions, alt text repeated as
    /// caption (kept once), and lone present-tense photo descriptions (<see cref="PhotoDescriptionDetector"/>).
    /// A caption never holds body text: a paragraph of several sentences ending in prose is never one.
    /// </summary>
    internal static class CaptionDetector
    {
        /// <summary>How many captions back a repeat (alt text, caption) is looked for.</summary>
        private const int MergeWindow = 4;

        /// <summary>A credit is a few words: a photographer and an agency, perhaps a <c>via</c>.</summary>
        private const int MaxCreditWords = 12;

        /// <summary>An unlabelled credit is shorter: a name, an agency, a source.</summary>
        private const int MaxUnlabelledCreditWords = 8;

        /// <summary>Captions run to a few sentences at most.</summary>
        private const int MaxCaptionWords = 80;

        /// <summary>A caption says what a picture shows: a line of a few words over a credit is a heading.</summary>
        private const int MinCaptionWords = 5;

        /// <summary>A caption line with no credit and no other cue (a position, a video) is one or two short sentences.</summary>
        private const int MaxPlainCaptionWords = 45;

        /// <summary>
        /// The most words a caption line can hold: a caption, its credit and alt text repeating the caption. A longer line is
        /// body, and is not searched for labels: a line of thousands of them would cost a copy of the line each.
        /// </summary>
        private const int MaxCaptionLineWords = (2 * MaxCaptionWords) + MaxCreditWords;

        /// <summary>Where the colon after the name in <c>Name: Pictured …</c> may stand at most.</summary>
        private const int MaxPictureNameLength = 60;

        /// <summary>A name with its title before <c>: Pictured</c>.</summary>
        private const int MaxPictureNameWords = 7;

        /// <summary>An organisation credited alone under a caption: a name of a few words.</summary>
        private const int MaxOrganisationWords = 5;

        /// <summary>A picture's alt text is a short description, shorter than the caption under it usually is.</summary>
        private const int MaxAltTextWords = 25;

        /// <summary>Marks no alt text holds: a label's colon, a quotation, a bar or brackets of a credit.</summary>
        private static readonly char[] AltTextExclusions = { ':', '"', '\u201C', '\u201D', '|', '(', ')' };

        private static readonly char[] Separators = { '-', '\u2013', '\u2014', '|' };

        private static readonly char[] ClosingStops = { '.', ';' };

        private static readonly char[] KeyEnds = { '.', ' ', ',', ';' };

        private static readonly string[] CreditConnectors = { "via", "for", "and", "of", "on", "de", "van", "von", "der", "&", "/", "-" };

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

        /// <summary>
        /// A caption line that carries its credit: <c>Text (Getty)</c>, <c>Text. Source: Twitter</c>, <c>Text. Photo: X</c>,
        /// <c>Text Image Credits: X</c>; with <paramref name="unlabelledCredit"/> (a paragraph of one line) also an unlabelled
        /// credit closing it (<c>Text. Supplied</c>, <c>Text Jane Roe/Agency</c>), a caption placing people in the picture and
        /// a video's caption, with no credit.
        /// </summary>
        public static bool TryReadCaptionLine(string line, out string captionText, out string? credit, bool unlabelledCredit = false) =>
            TryReadCaptionLine(line, -1, out captionText, out credit, unlabelledCredit);

        /// <summary>The same, given the line's word count (<see cref="Chars.CountWords(string)"/>), or -1 when not counted.</summary>
        public static bool TryReadCaptionLine(string line, int lineWords, out string captionText, out string? credit, bool unlabelledCredit = false)
        {
            captionText = string.Empty;
            credit = null;
            var trimmed = line.Trim();
            if (LabelledCaptionLine.TryRead(trimmed, out captionText, out credit))
            {
                return true;
            }

            // An item of a list ("-One poll shows … [Pollster]", "• The board voted … (Minutes)") cites its source; a caption
            // opens with no list mark.
            if (IsListItem(trimmed))
            {
                return false;
            }

            // An agency's archive picture: "FILE - The pier before the storm, March 2, 2025." No story's sentence opens so.
            if (IsFileCaption(trimmed))
            {
                if (!TryParenthesisedCredit(trimmed, true, out captionText, out credit))
                {
                    captionText = trimmed;
                    credit = null;
                }

                return captionText.Length > 0;
            }

            // "Harbour master Otto Brenn: Pictured with the board's chair": whom the picture shows, then its label.
            if (IsNamedPictureLine(trimmed, lineWords))
            {
                captionText = trimmed;
                return true;
            }

            var text = WithoutAgencyNotice(trimmed);

            // The line's count holds unless an agency's notice was cut from it.
            var words = Chars.CountWordsUpTo(text, ReferenceEquals(text, trimmed) ? lineWords : -1, MaxCaptionLineWords + 1);
            if (text.Length < 3 || words > MaxCaptionLineWords)
            {
                return false;
            }

            if (TryParenthesisedCredit(text, unlabelledCredit, out captionText, out credit) || TryLabelledCredit(text, out captionText, out credit))
            {
                return captionText.Length > 0;
            }

            if (!unlabelledCredit)
            {
                return false;
            }

            // An unlabelled credit closes a line that ends no sentence: most paragraphs end here.
            if (!BoilerplateDetector.EndsSentence(text) && words <= MaxCaptionWords &&
                TryTrailingCredit(text, out captionText, out credit))
            {
                return true;
            }

            if (TryStoppedSlashCredit(text, words, out captionText, out credit))
            {
                return true;
            }

            if (IsVideoCaption(text, out captionText) || PlacesPeople(text))
            {
                captionText = captionText.Length > 0 ? captionText : text;
                return true;
            }

            return false;
        }

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
        /// A credit saying only how the picture came (<c>Supplied photo</c>, <c>Submitted photo</c>, <c>Photo provided</c>,
        /// <c>Staff photo</c>): two or three words, the first capitalised, one of them a picture's word, the others a
        /// provision's (<see cref="Lexicon.PhotoProvisionWords"/>).
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
                if (!isPicture && !Lexicon.PhotoProvisionWords.ContainsBare(t[k]))
                {
                    return false;
                }

                picture |= isPicture;
            }

            return picture;
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
        /// A caption naming whom the picture shows before a colon, then <c>Pictured</c> (<c>Harbour master Otto Brenn: Pictured
        /// with the board's chair</c>): the colon stands within the line's first words, after a capitalised name or title.
        /// </summary>
        private static bool IsNamedPictureLine(string text, int lineWords)
        {
            var end = Math.Min(text.Length, MaxPictureNameLength);
            var colon = text.IndexOf(':', 0, end);
            if (colon < 3 || !char.IsUpper(text[0]))
            {
                return false;
            }

            var at = Chars.SkipSpaces(text, colon + 1, text.Length);
            if (!Prefixes.StartsAt(text, at, "Pictured "))
            {
                return false;
            }

            var nameWords = Chars.CountWords(text, 0, colon, limit: MaxPictureNameWords + 1);
            return nameWords <= MaxPictureNameWords && !BoilerplateDetector.EndsSentence(text.Substring(0, colon)) &&
                   Chars.CountWordsUpTo(text, lineWords, MaxPlainCaptionWords + 1) <= MaxPlainCaptionWords;
        }

        /// <summary>
        /// An archive picture's caption as agencies mark it: <c>FILE</c> in capitals, then a dash or colon and the caption
        /// (<c>FILE - The pier before the storm …</c>, <c>FILE: …</c>).
        /// </summary>
        private static bool IsFileCaption(string text)
        {
            if (text.Length < 12 || !text.StartsWith("FILE", StringComparison.Ordinal))
            {
                return false;
            }

            var at = Chars.SkipSpaces(text, 4, text.Length);
            if (at >= text.Length || (text[at] != '-' && text[at] != '\u2013' && text[at] != '\u2014' && text[at] != ':'))
            {
                return false;
            }

            var rest = Chars.SkipSpaces(text, at + 1, text.Length);
            return rest > at + 1 - (text[at] == ':' ? 1 : 0) && rest < text.Length && char.IsLetterOrDigit(text[rest]) &&
                   Chars.CountWords(text, rest, text.Length, limit: MinCaptionWords) >= MinCaptionWords;
        }

        /// <summary>Markup in the article's header is an image caption.</summary>
        public static void MarkHeaderMarkup(List<Unit> units, int headerEnd)
        {
            for (var i = 0; i < units.Count && i < headerEnd; i++)
            {
                if (units[i].Kind == UnitKind.Text && units[i].HasMarkup)
                {
                    MakeCaption(units[i], Html.Clean(units[i].Text));
                }
            }
        }

        /// <summary>
        /// Credit lines attach to the caption before them (making a lone short line before a credit a caption), and the line
        /// after a gallery counter is a caption. A credit with no caption before it stands for an image the text does not
        /// describe: it is neither caption nor body.
        /// </summary>
        public static void AttachCredits(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                var unit = units[i];
                // A sentence that speaks as the story under a counter is the story going on after a gallery with no caption.
                if (unit.Kind == UnitKind.Boilerplate && unit.IsGalleryCounter && i + 1 < units.Count && units[i + 1].Kind == UnitKind.Text && units[i + 1].IsSingleLine &&
                    !SpeaksAsTheStory(units[i + 1].Text))
                {
                    var next = units[i + 1];
                    MakeCaption(next, next.HasMarkup ? Html.Clean(next.Text) : next.Text.Trim());
                }
                else if (unit.Kind == UnitKind.Caption && i > 0 && IsRepeat(units[i - 1], unit))
                {
                    // Alt text before the caption that repeats it ("A heron in the shallows." / "A heron in the shallows. Photo: …").
                    MakeCaption(units[i - 1], units[i - 1].Text.Trim());
                }
                else if (unit.Kind == UnitKind.Caption && unit.Credit != null && i > 0 && IsAltTextOver(units, i - 1, unit))
                {
                    // The picture's alt text on the line over its caption, in the same block: "a heron in the shallows" /
                    // "A heron hunts at dawn.(Supplied: Jane Roe)". It describes the picture, as the caption does, in other words.
                    units[i - 1].Kind = UnitKind.Boilerplate;
                }
                else if (unit.Kind == UnitKind.Credit)
                {
                    var previous = i > 0 ? units[i - 1] : null;
                    var next = i + 1 < units.Count ? units[i + 1] : null;
                    if (previous != null && previous.Kind == UnitKind.Caption)
                    {
                        previous.Credit ??= unit.Credit;
                    }
                    else if (next != null && next.Kind == UnitKind.Caption && next.Credit == null && IsLabelledCaption(next))
                    {
                        // "Image source, Agency" over "Image caption, …": the credit's label comes first.
                        next.Credit = unit.Credit;
                    }
                    else if (previous != null && previous.Kind == UnitKind.Text && previous.IsSingleLine && previous.WordCount is >= MinCaptionWords and <= 60 &&
                             !IsProseParagraph(previous.Text) &&
                             (!(unit.IsBareCredit || IsSourceLine(unit.Text) || SpeaksAsTheStory(previous.Text)) || IsCaptionBeforeBareCredit(previous.Text) ||
                              PhotoDescriptionDetector.IsPhotoDescription(previous.Text)))
                    {
                        MakeCaption(previous, Html.Clean(previous.Text));
                        previous.Credit ??= unit.Credit;
                    }
                }
            }
        }

        /// <summary>
        /// Credits the caption before unit <paramref name="i"/> with it when the caption has no credit and the unit is an
        /// organisation's name alone (<c>Volunteers fill sandbags on Tuesday.</c> / <c>Veldra Press Agency</c>). Read once every
        /// caption is known, the photo descriptions included, and before the crossheads: the name is no heading.
        /// </summary>
        public static bool TryCreditCaptionAbove(List<Unit> units, int i)
        {
            var caption = i > 0 ? units[i - 1] : null;
            if (caption == null || caption.Kind != UnitKind.Caption || caption.Credit != null || !IsOrganisationCredit(units[i]))
            {
                return false;
            }

            caption.Credit = units[i].Text.Trim();
            units[i].Kind = UnitKind.Credit;
            units[i].Credit = caption.Credit;
            return true;
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

        /// <summary>
        /// Whether unit <paramref name="k"/> is a picture's alt text over <paramref name="caption"/>: one line opening its block, the
        /// caption on the very next line, a short description that ends no sentence and carries no mark of a heading, a label or
        /// a quotation. A paragraph's last wrapped line never qualifies: the alt text is its block's first line.
        /// </summary>
        private static bool IsAltTextOver(List<Unit> units, int k, Unit caption)
        {
            var alt = units[k];
            if (alt.Kind != UnitKind.Text || !alt.IsSingleLine || alt.HasMarkup || alt.FirstLine + 1 != caption.FirstLine ||
                (k > 0 && units[k - 1].FirstLine + units[k - 1].LineCount == alt.FirstLine))
            {
                return false;
            }

            var text = alt.Text.Trim();
            var words = alt.WordsUpTo(MaxAltTextWords + 1);
            return words >= 3 && words <= MaxAltTextWords && !BoilerplateDetector.EndsSentence(text) && text.IndexOfAny(AltTextExclusions) < 0 &&
                   !SpeaksAsTheStory(text);
        }

        /// <summary>
        /// A photographer's credit naming the paper on the line under a caption (<c>Jane Roe for The Harbour Gazette</c>): the
        /// line is the credit and the caption-shaped line over it the caption. Read past the header only, where such a line
        /// under a standfirst is the byline.
        /// </summary>
        public static void AttachPhotographersCredits(List<Unit> units, int headerEnd)
        {
            for (var i = headerEnd + 1; i < units.Count; i++)
            {
                var unit = units[i];
                var previous = units[i - 1];
                if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup || !IsPhotographerForPaper(unit.Text.Trim()))
                {
                    continue;
                }

                if (previous.Kind == UnitKind.Caption && previous.Credit == null)
                {
                    previous.Credit = unit.Text.Trim();
                }
                else if (previous.Kind == UnitKind.Text && previous.IsSingleLine && !previous.HasMarkup && previous.WordCount is >= MinCaptionWords and <= MaxPlainCaptionWords &&
                         Sentences.Count(previous.Text, 0, previous.Text.Length, limit: 2) == 1 && previous.Text.IndexOf('"') < 0 && previous.Text.IndexOf('\u201C') < 0 &&
                         HasTextAfter(units, i))
                {
                    MakeCaption(previous, previous.Text.Trim());
                    previous.Credit ??= unit.Text.Trim();
                }
                else
                {
                    continue;
                }

                unit.Kind = UnitKind.Credit;
                unit.Credit = unit.Text.Trim();
            }
        }

        /// <summary>Whether the story goes on after unit <paramref name="i"/>: a sign-off under the last paragraph credits no picture.</summary>
        private static bool HasTextAfter(List<Unit> units, int i)
        {
            for (var k = i + 1; k < units.Count; k++)
            {
                if (units[k].Kind == UnitKind.Text)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>Jane Roe for The Harbour Gazette</c>: a person's name, <c>for</c>, then a name of capitalised words, no sentence.</summary>
        private static bool IsPhotographerForPaper(string text)
        {
            if (text.Length > 100 || BoilerplateDetector.EndsSentence(text) || text.IndexOf('"') >= 0 || text.IndexOf('\u201C') >= 0)
            {
                return false;
            }

            var words = Words.Split(text);
            var forAt = -1;
            for (var k = 2; k < words.Count && k <= 4; k++)
            {
                if (words[k].Is("for"))
                {
                    forAt = k;
                    break;
                }
            }

            if (forAt < 0 || words.Count - forAt - 1 < 1 || words.Count - forAt - 1 > 6 || !Names.IsPersonName(words, 0, forAt))
            {
                return false;
            }

            for (var k = forAt + 1; k < words.Count; k++)
            {
                if (!char.IsUpper(words[k].First) && !words[k].IsOneOfLower(CreditConnectors))
                {
                    return false;
                }
            }

            return char.IsUpper(words[forAt + 1].First);
        }

        /// <summary>
        /// <c>Source: …</c> names where a picture, a chart or a figure came from: under a sentence of the story it credits no
        /// picture, so it takes the line above as a caption only as a bare credit does.
        /// </summary>
        private static bool IsSourceLine(string text)
        {
            var t = text.TrimStart();
            return t.StartsWith("Source:", StringComparison.Ordinal) || t.StartsWith("SOURCE:", StringComparison.Ordinal) ||
                   t.StartsWith("Sources:", StringComparison.Ordinal);
        }

        private static bool IsLabelledCaption(Unit unit) => LabelledCaptionLine.TryRead(unit.Text.Trim(), out _, out _);

        private static bool IsListItem(string text) =>
            text.Length > 1 && (text[0] == '-' || text[0] == '*' || text[0] == '\u2022' || text[0] == '\u2013') && (char.IsLetter(text[1]) || text[1] == ' ');

        /// <summary>The captions in reading order; a caption repeated as alt text (one text inside the other) is kept once, the longer.</summary>
        public static List<(string Text, string? Credit)> Collect(List<Unit> units)
        {
            var captions = new List<(string Text, string? Credit)>();
            foreach (var unit in units)
            {
                if (unit.Kind != UnitKind.Caption || string.IsNullOrEmpty(unit.CaptionText))
                {
                    continue;
                }

                var text = unit.CaptionText!;
                var merged = false;
                for (var k = Math.Max(0, captions.Count - MergeWindow); k < captions.Count && !merged; k++)
                {
                    var (existing, credit) = captions[k];
                    if (Contains(existing, text) || Contains(text, existing))
                    {
                        captions[k] = (Key(text).Length > Key(existing).Length ? text : existing, credit ?? unit.Credit);
                        merged = true;
                    }
                }

                if (!merged)
                {
                    captions.Add((text, unit.Credit));
                }
            }

            return captions;
        }

        /// <summary>Makes a unit a caption: its text without the credit it carries, if any.</summary>
        public static void MakeCaption(Unit unit, string cleaned)
        {
            unit.Kind = UnitKind.Caption;
            if (TryReadCaptionLine(cleaned, out var text, out var credit, unlabelledCredit: unit.IsSingleLine))
            {
                unit.CaptionText = text;
                unit.Credit = credit;
            }
            else
            {
                unit.CaptionText = cleaned;
            }
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
            var credited = IsCredit(inner, requireCue: !fragment) ||
                           (unlabelledCredit && endsSentence && IsCredit(inner, requireCue: false) && Sentences.Count(before, 0, before.Length, limit: 4) <= 3);
            if (!credited)
            {
                return false;
            }

            captionText = before.Trim();
            credit = StripLabel(inner);
            return credit.Length > 0;
        }

        /// <summary><c>Text. Photo: X</c>, <c>Text | Picture: X</c>, <c>Text — Video: X</c>, <c>Text Image Credits: X</c>.</summary>
        private static bool TryLabelledCredit(string text, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;

            // A label follows a space and opens with a capital or the copyright sign. One walk over the characters: the
            // spaces are a word apart, too close for a search per space to pay.
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i - 1] != ' ' || !(char.IsUpper(text[i]) || text[i] == '\u00A9'))
                {
                    continue;
                }

                // A label follows a sentence end, a bar or a dash; one that says "credit" outright may stand anywhere (those
                // open with these letters, so other words are not looked up).
                var afterBreak = i >= 2 && (Chars.IsSentenceEnd(text[i - 2]) || text[i - 2] == '|' || Chars.IsDash(text[i - 2]));
                if (!afterBreak && text[i] != 'C' && text[i] != 'I' && text[i] != 'P' && text[i] != '\u00A9')
                {
                    continue;
                }

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

                if (words > MaxCreditWords || (!EndsWithColon(text, i + label) && !IsCreditShaped(value, 0, value.Length)))
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
        /// An unlabelled credit closing a one-line caption: after its last full stop (<c>… the harbour. Supplied</c>,
        /// <c>… screening. Jane Roe/Agency</c>), or a photographer and agency joined by a slash (<c>… the launch Jane Roe/Agency</c>),
        /// or a credit word (<c>… the harbour Getty Images</c>).
        /// </summary>
        private static bool TryTrailingCredit(string text, out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;

            // Each rule needs its mark: a sentence end before the credit, a slash, or a credit word last.
            if (text.IndexOf('/') < 0 && text.IndexOf(". ", StringComparison.Ordinal) < 0 && text.IndexOf("? ", StringComparison.Ordinal) < 0 &&
                text.IndexOf("! ", StringComparison.Ordinal) < 0 && !EndsWithCreditWord(text) && !LineTokens.HasBar(text) && !HasSpacedDash(text))
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

                    if (!endsSentence && k >= 3 && (IsCreditTokens(t, k, t.Count, requireCue: false) || IsPhotoProvision(t, k, t.Count)))
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

        /// <summary>Whether a dash stands alone between words (<c>… on Monday – Jane Roe</c>), as a credit's separator does.</summary>
        private static bool HasSpacedDash(string text)
        {
            for (var k = text.IndexOf(' ', 1); k > 0 && k + 2 < text.Length; k = text.IndexOf(' ', k + 1))
            {
                if (Chars.IsDash(text[k + 1]) && text[k + 2] == ' ')
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
        /// A video's caption: a running time, then the text (<c>00:00:49 Crews search the block – video</c>). A live blog's
        /// clock time (<c>15:10 Police close the road</c>) is no running time: that has hours, or a leading zero and a
        /// closing <c>video</c>.
        /// </summary>
        private static bool IsVideoCaption(string text, out string captionText)
        {
            captionText = string.Empty;
            var space = text.IndexOf(' ');
            if (space < 4 || space > 8 || !IsRunningTime(text, space) || Chars.CountWords(text, space, text.Length, limit: MaxPlainCaptionWords + 1) > MaxPlainCaptionWords)
            {
                return false;
            }

            var hours = text.IndexOf(':') != text.LastIndexOf(':', space);
            if (!hours && !(text[0] == '0' && (EndsWithWord(text, "video") || EndsWithWord(text, "audio"))))
            {
                return false;
            }

            captionText = text.Substring(space + 1).Trim();
            return captionText.Length > 0 && char.IsUpper(captionText[0]);
        }

        private static bool EndsWithWord(string text, string word)
        {
            var end = text.Length;
            while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }

            return end >= word.Length && string.Compare(text, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                   (end == word.Length || !char.IsLetter(text[end - word.Length - 1]));
        }

        private static bool IsRunningTime(string text, int end)
        {
            var colons = 0;
            for (var i = 0; i < end; i++)
            {
                if (text[i] == ':')
                {
                    colons++;
                }
                else if (!char.IsDigit(text[i]))
                {
                    return false;
                }
            }

            return colons >= 1 && colons <= 2 && char.IsDigit(text[end - 1]);
        }

        /// <summary>A short line placing people in the picture: <c>Jane Roe (left) with John Doe</c>, <c>… (pictured)</c>.</summary>
        private static bool PlacesPeople(string text)
        {
            if (!NamesAPosition(text) || text.IndexOf('"') >= 0 || text.IndexOf('\u201C') >= 0 ||
                Chars.CountWords(text, 0, text.Length, limit: MaxPlainCaptionWords + 1) > MaxPlainCaptionWords || Sentences.Count(text, 0, text.Length, limit: 3) > 2)
            {
                return false;
            }

            return true;
        }

        /// <summary>A position in the picture in brackets (<c>(left)</c>) or before a colon (<c>From left:</c>).</summary>
        private static bool NamesAPosition(string text)
        {
            var open = text.IndexOf('(');
            while (open >= 0)
            {
                var close = text.IndexOf(')', open);
                if (close < 0)
                {
                    return false;
                }

                if (close - open <= 24 && Lexicon.PicturePositions.Contains(text, open + 1, close))
                {
                    return true;
                }

                open = text.IndexOf('(', close);
            }

            // "From left: Jane Roe, John Doe", "Crew members, left to right: …", "Pictured above: …": the position is the
            // clause before the colon, or closes a clause of three words at most. A sentence that closes on such a word ("was
            // proved right: …", "on the money front: …") places nobody.
            var colon = text.IndexOf(':');
            if (colon > 0 && colon < 60)
            {
                var k = colon;
                while (k > 0 && text[k - 1] != ',' && text[k - 1] != ':' && colon - k < 40)
                {
                    k--;
                }

                // A clause longer than the forty characters read is no short lead-in.
                var wordsBefore = k == 0 || text[k - 1] == ',' || text[k - 1] == ':' ? 0 : 4;
                for (var start = k; start < colon; start++)
                {
                    var wordStart = (start == 0 || text[start - 1] == ' ' || text[start - 1] == ',') && text[start] != ' ';
                    if (!wordStart)
                    {
                        continue;
                    }

                    if (wordsBefore <= 3 && Lexicon.PicturePositions.Contains(text, start, colon))
                    {
                        return true;
                    }

                    wordsBefore++;
                }
            }

            return false;
        }

        /// <summary>A line of a box of facts: a number, an ordinal or a year, then a colon (<c>41: Per cent of …</c>, <c>6th: …</c>).</summary>
        private static bool IsFigureLine(string text)
        {
            var i = 0;
            while (i < text.Length && (char.IsDigit(text[i]) || text[i] == ',' || text[i] == '.' || text[i] == '%'))
            {
                i++;
            }

            if (i == 0)
            {
                return false;
            }

            while (i < text.Length && char.IsLetter(text[i]) && i < 6)
            {
                i++;
            }

            return i < text.Length && text[i] == ':';
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

        private static bool HasQuoteMark(Word w)
        {
            for (var k = w.Start; k < w.End; k++)
            {
                var c = w.Source[k];
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018')
                {
                    return true;
                }
            }

            return false;
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

        /// <summary>
        /// A bare credit (<c>Getty Images</c>) also follows pictures the text does not describe, under a paragraph or a list
        /// item: only a line that ends no sentence and quotes no one is the caption it credits (or a sentence describing a
        /// picture, <see cref="PhotoDescriptionDetector"/>).
        /// </summary>
        private static bool IsCaptionBeforeBareCredit(string text) =>
            text.IndexOf('"') < 0 && text.IndexOf('\u201C') < 0 && text.IndexOf('\u201D') < 0 && (!BoilerplateDetector.EndsSentence(text) || IsNameAtPlace(text));

        /// <summary>A caption placing someone without a verb: a person's name, then where or with whom (<c>Jane Roe at the pier on Friday.</c>).</summary>
        public static bool IsNameAtPlace(string text)
        {
            if (!Sentences.IsOne(text))
            {
                return false;
            }

            // The name is two or three capitalised words; a preposition right after it says where, which no clause does.
            var words = Words.Split(text, 0, Math.Min(text.Length, 80));
            for (var n = 2; n <= 3 && n < words.Count; n++)
            {
                // The name's words stand apart by a space alone: "Roe: Win in a walk." is a heading's label and its words.
                if (text[words[n - 2].End] != ' ')
                {
                    break;
                }

                if (!words[n].IsCapitalized && Lexicon.Prepositions.Contains(words[n]) && !words[n].LowerIs("of") && !words[n].LowerIs("to") &&
                    !words[n].LowerIs("for") && !words[n].LowerIs("by") && !words[n].LowerIs("via") && text[words[n - 1].End] == ' ' &&
                    Names.IsPersonName(words, 0, n))
                {
                    // A heading in title case ("Tempers Run High at Packed Meeting") names no one: the place is written in lower case.
                    return n + 1 < words.Count && !words[n + 1].IsCapitalized;
                }
            }

            return false;
        }

        /// <summary>Whether a plain line repeats a caption next to it, one text inside the other (alt text and caption).</summary>
        private static bool IsRepeat(Unit line, Unit caption)
        {
            if (line.Kind != UnitKind.Text || !line.IsSingleLine || string.IsNullOrEmpty(caption.CaptionText) ||
                line.WordsUpTo(MaxCaptionWords + 1) > MaxCaptionWords)
            {
                return false;
            }

            // A repeat says nearly all the other says: a name ("Jane Roe") is no repeat of a sentence about her.
            var a = Key(line.Text);
            var b = Key(caption.CaptionText!);
            var shorter = Math.Min(a.Length, b.Length);
            if (shorter * 2 < Math.Max(a.Length, b.Length))
            {
                return false;
            }

            // Contains(a, b) || Contains(b, a), each key made once: a key is its own key (its white space already one space
            // apiece and trimmed, its end marks cut, its letters lower-case), so a and b serve as they are.
            var keyA = a;
            var keyB = b;
            return (keyB.Length > 0 && keyA.IndexOf(keyB, StringComparison.Ordinal) >= 0) || (keyA.Length > 0 && keyB.IndexOf(keyA, StringComparison.Ordinal) >= 0);
        }

        /// <summary>Whether a text is a paragraph of prose: two sentences or more, the last one ended.</summary>
        /// <summary>
        /// Whether a sentence speaks as a story does and a caption does not: it reports speech (<c>said</c>, <c>told</c>),
        /// looks ahead or supposes (<c>will</c>, <c>would</c>), or addresses the reader or speaks for a group (<c>you</c>, <c>we</c>).
        /// A caption describes the moment in the picture; a labelled credit under such a sentence stands for a picture whose
        /// caption was not copied.
        /// </summary>
        private static bool SpeaksAsTheStory(string text)
        {
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (char.IsLower(w.First) && Lexicon.StoryVoiceWords.Contains(w))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsProseParagraph(string text) => Sentences.Count(text, 0, text.Length, limit: 3) >= 2 && BoilerplateDetector.EndsSentence(text);

        private static string StripLabel(string inner)
        {
            var label = LabelAt(inner, 0);
            return (label > 0 ? inner.Substring(label) : inner).Trim();
        }

        /// <summary>The length of a caption label (<c>Photo:</c>, <c>Photo by</c>) at <paramref name="index"/>, else 0.</summary>
        private static int LabelAt(string text, int index) => MatchLabel(Lexicon.CaptionLabels, text, index);

        /// <summary>
        /// <see cref="LabelAt"/>, or a "by" label after one capitalised word naming whose picture it is (<c>Courier Photo by</c>,
        /// <c>Staff Photo by</c>): the length of both, else 0.
        /// </summary>
        private static int OwnedLabelAt(string text, int index)
        {
            var label = LabelAt(text, index);
            if (label > 0)
            {
                return label;
            }

            if (index >= text.Length || !char.IsUpper(text[index]))
            {
                return 0;
            }

            var end = index + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end + 1 >= text.Length || text[end] != ' ')
            {
                return 0;
            }

            var owned = LabelAt(text, end + 1);
            return owned > 2 && text[end + owned - 1] == 'b' && text[end + owned] == 'y' ? end + 1 + owned - index : 0;
        }

        private static int StrongLabelAt(string text, int index) => MatchLabel(Lexicon.StrongCaptionLabels, text, index);

        private static int MatchLabel(Prefixes labels, string text, int index)
        {
            foreach (var label in labels.For(text, index))
            {
                if (!Prefixes.StartsAt(text, index, label))
                {
                    continue;
                }

                // A label without its colon must end its word: "Copyright Agency", not "Copyrighted".
                var end = index + label.Length;
                if (char.IsLetter(label[label.Length - 1]) && end < text.Length && text[end] != ' ')
                {
                    continue;
                }

                return label.Length;
            }

            return 0;
        }

        private static bool EndsWithColon(string text, int labelEnd) => labelEnd > 0 && (text[labelEnd - 1] == ':' || text[labelEnd - 1] == '\u2026' || text[labelEnd - 1] == '.');

        private static bool Contains(string longer, string shorter)
        {
            var a = Key(longer);
            var b = Key(shorter);
            return b.Length > 0 && a.IndexOf(b, StringComparison.Ordinal) >= 0;
        }

        private static string Key(string s) => Chars.CollapseSpaces(s).TrimEnd(KeyEnds).ToLowerInvariant();
    }
}
