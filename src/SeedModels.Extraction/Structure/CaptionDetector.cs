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
    internal static partial class CaptionDetector
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

        /// <summary>A picture's alt text is a short description, shorter than the caption under it usually is.</summary>
        private const int MaxAltTextWords = 25;

        /// <summary>Marks no alt text holds: a label's colon, a quotation, a bar or brackets of a credit.</summary>
        private static readonly char[] AltTextExclusions = { ':', '"', '\u201C', '\u201D', '|', '(', ')' };

        private static readonly char[] KeyEnds = { '.', ' ', ',', ';' };

        private static readonly string[] CreditConnectors = { "via", "for", "and", "of", "on", "de", "van", "von", "der", "&", "/", "-" };

        /// <summary>
        /// A caption line that carries its credit: <c>Text (Getty)</c>, <c>Text. Source: Twitter</c>, <c>Text. Photo: X</c>,
        /// <c>Text Image Credits: X</c>; with <paramref name="unlabelledCredit"/> (a paragraph of one line) also an unlabelled
        /// credit closing it (<c>Text. Supplied</c>, <c>Text Jane Roe/Agency</c>), a caption placing people in the picture and
        /// a video's caption, with no credit.
        /// </summary>
        public static bool TryReadCaptionLine(string line, out string captionText, out string? credit, bool unlabelledCredit = false) =>
            TryReadCaptionLine(line, -1, out captionText, out credit, unlabelledCredit);

        /// <summary>The same, given the line's word count (<see cref="Chars.CountWords(string)"/>), or -1 when not counted.</summary>
        public static bool TryReadCaptionLine(string line, int lineWords, out string captionText, out string? credit, bool unlabelledCredit = false) =>
            TryReadCaptionLine(line, lineWords, LineMarks.All, out captionText, out credit, unlabelledCredit);

        /// <summary>
        /// The same, given the marks the line holds (<see cref="LineShape"/>): a rule that needs a mark the line lacks is not
        /// run, and leaves the caption and credit empty as it would have on failing.
        /// </summary>
        public static bool TryReadCaptionLine(string line, int lineWords, LineMarks marks, out string captionText, out string? credit, bool unlabelledCredit = false)
        {
            captionText = string.Empty;
            credit = null;
            var trimmed = line.Trim();
            if (LabelledCaptionLine.TryRead(trimmed, out captionText, out credit))
            {
                return true;
            }

            // "Divers search the pier. 1 of 4": a gallery's counter closes the caption; what comes before it is read as a caption
            // line is, and is the caption when no rule reads it so.
            if (trimmed.Length > 0 && char.IsDigit(trimmed[trimmed.Length - 1]) && TryCutGalleryCounter(trimmed, out var beforeCounter))
            {
                if (!TryReadCaptionLine(beforeCounter, -1, marks, out captionText, out credit, unlabelledCredit))
                {
                    captionText = beforeCounter;
                    credit = null;
                }

                return captionText.Length > 0;
            }

            // A picture left as Markdown (![A heron at dawn](https://…)): its alternative text is the caption, the address none.
            if (TryReadMarkdownImage(trimmed, out captionText))
            {
                return captionText.Length > 0;
            }

            // An item of a list ("-One poll shows … [Pollster]", "• The board voted … (Minutes)") cites its source; a caption
            // opens with no list mark.
            if (IsListItem(trimmed))
            {
                return false;
            }

            // "Signed: Jo Roe, Deputy Registrar (Protocol)": a release's signature, whose bracket names her office, not a credit.
            if ((marks & LineMarks.Colon) != 0 && Lexicon.DocumentLabels.Match(trimmed) != null)
            {
                return false;
            }

            // "Representative image": a stock picture's whole caption, as pages that illustrate a story with one print it.
            if (Lexicon.StandInPictureCaptions.Contains(trimmed))
            {
                captionText = trimmed;
                return true;
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

            // "Pic: Jane Roe – Cranes at the west terminal": the credit first, then the caption.
            if ((marks & LineMarks.Colon) != 0 && TryCreditFirst(trimmed, out captionText, out credit))
            {
                return true;
            }

            // "Pic: biker coming down the trail": a picture's label over what it shows, not over its credit. Its label closes
            // with a colon, so a line with none (most) is not read for one.
            if ((marks & LineMarks.Colon) != 0 && IsLabelledDescription(trimmed, out captionText))
            {
                return true;
            }

            // "Harbour master Otto Brenn: Pictured with the board's chair": whom the picture shows, then its label.
            if ((marks & LineMarks.Colon) != 0 && IsNamedPictureLine(trimmed, lineWords))
            {
                captionText = trimmed;
                return true;
            }

            // An agency's notice is sentences ending in full stops: a line with no stop has none to cut.
            var text = (marks & LineMarks.Stop) != 0 ? WithoutAgencyNotice(trimmed) : trimmed;

            // The line's count holds unless an agency's notice was cut from it.
            var words = Chars.CountWordsUpTo(text, ReferenceEquals(text, trimmed) ? lineWords : -1, MaxCaptionLineWords + 1);
            if (text.Length < 3 || words > MaxCaptionLineWords)
            {
                return false;
            }

            if (((marks & LineMarks.CloseBracket) != 0 ? TryParenthesisedCredit(text, unlabelledCredit, out captionText, out credit) : NotRead(out captionText, out credit)) ||
                TryLabelledCredit(text, marks, out captionText, out credit))
            {
                return captionText.Length > 0;
            }

            if (!unlabelledCredit)
            {
                return false;
            }

            // An unlabelled credit closes a line that ends no sentence: most paragraphs end here.
            // A paragraph of sentences in the story's voice (what someone said, what can or will happen) that closes with its
            // source is the story citing it, not a caption: "… as much as they can. Some sell. (Wire Service)".
            if (!BoilerplateDetector.EndsSentence(text) && words <= MaxCaptionWords &&
                TryTrailingCredit(text, marks, out captionText, out credit))
            {
                return (Sentences.Count(captionText, 0, captionText.Length, limit: 2) < 2 || !SpeaksAsTheStory(captionText)) && !IsNoCredit(credit);
            }

            if ((marks & LineMarks.Slash) != 0 ? TryStoppedSlashCredit(text, words, out captionText, out credit) : NotRead(out captionText, out credit))
            {
                return !IsNoCredit(credit);
            }

            captionText = string.Empty;
            if (((marks & LineMarks.Colon) != 0 && IsVideoCaption(text, out captionText)) || ((marks & (LineMarks.OpenParenthesis | LineMarks.Colon)) != 0 && PlacesPeople(text)))
            {
                captionText = captionText.Length > 0 ? captionText : text;
                return true;
            }

            return false;
        }

        /// <summary>Most letters of a reporter's initials signing off a story (<c>… on the project. /atm</c>).</summary>
        private const int MaxSignOffInitials = 4;

        /// <summary>
        /// What closes a paragraph as an unlabelled credit would but credits no picture: a reporter's initials in lower case
        /// signing off the story (<c>/atm</c>), a wire's name and its desk's initials in capitals (<c>… on Friday. IPN RKV
        /// SS</c>), or a button copied after an author's note (<c>… for The Tribune. Email</c>).
        /// </summary>
        private static bool IsNoCredit(string? credit)
        {
            if (credit == null)
            {
                return false;
            }

            var lowerInitials = credit.Length <= MaxSignOffInitials;
            foreach (var c in credit)
            {
                lowerInitials &= c >= 'a' && c <= 'z';
            }

            return lowerInitials || Lexicon.ShareActionWords.Contains(credit) || IsWireSignOff(credit);
        }

        /// <summary>The most desk initials a wire's sign-off carries after its name (<c>IPN RKV SS</c>).</summary>
        private const int MaxSignOffCodes = 4;

        /// <summary><c>IPN RKV SS</c>: an agency's name, then one to four codes of two to four capitals (its editors' initials).</summary>
        private static bool IsWireSignOff(string credit)
        {
            var words = Words.Split(credit);
            if (words.Count < 2 || words.Count > MaxSignOffCodes + 1 || !Lexicon.Agencies.Contains(words[0].Text))
            {
                return false;
            }

            for (var k = 1; k < words.Count; k++)
            {
                var length = words[k].End - words[k].Start;
                if (length < 2 || length > MaxSignOffInitials || !words[k].IsAllCaps || !char.IsLetter(words[k].First))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A picture written in Markdown, alone on its line: <c>![alt](address)</c>; <paramref name="alt"/> gets the alternative
        /// text, empty when there is none.
        /// </summary>
        public static bool TryReadMarkdownImage(string text, out string alt)
        {
            alt = string.Empty;
            if (text.Length < 5 || text[0] != '!' || text[1] != '[' || text[text.Length - 1] != ')')
            {
                return false;
            }

            var close = text.IndexOf("](", 2, System.StringComparison.Ordinal);
            if (close < 0 || text.IndexOf(' ', close) >= 0)
            {
                return false;
            }

            alt = text.Substring(2, close - 2).Trim();
            return true;
        }

        /// <summary>A rule not run for want of its mark: false, with the caption and credit its failure leaves (empty, none).</summary>
        private static bool NotRead(out string captionText, out string? credit)
        {
            captionText = string.Empty;
            credit = null;
            return false;
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

        /// <summary>Whether the counter at <paramref name="i"/> stands under a caption that no counter stood over: the gallery's end.</summary>
        private static bool ClosesGallery(List<Unit> units, int i) =>
            i > 0 && units[i - 1].Kind == UnitKind.Caption && !(i > 1 && units[i - 2].IsGalleryCounter);

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
                // A sentence that speaks as the story under a counter is the story going on after a gallery with no caption; so is
                // the line under a counter that closes a gallery of captions (captions, then "1 of 3"), where no counter stood
                // over the caption before it.
                if (unit.Kind == UnitKind.Boilerplate && unit.IsGalleryCounter && i + 1 < units.Count && units[i + 1].Kind == UnitKind.Text && units[i + 1].IsSingleLine &&
                    !SpeaksAsTheStory(units[i + 1].Text) && !ClosesGallery(units, i))
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
                        GiveCredit(previous, unit.Credit);
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
                        GiveCredit(previous, unit.Credit);
                    }
                    else if (previous != null && IsCaptionOverItsCredit(units, i))
                    {
                        MakeCaption(previous, previous.Text.Trim());
                        GiveCredit(previous, unit.Credit);
                    }
                }
            }
        }

        /// <summary>Most sentences of a caption set with its credit in a block of their own.</summary>
        private const int MaxCaptionSentences = 3;

        /// <summary>Most words of such a caption, as for a caption over a credit elsewhere.</summary>
        private const int MaxCaptionOverCreditWords = 60;

        /// <summary>
        /// Whether the credit at <paramref name="i"/> and the line over it are a block of their own, the credit on the very next
        /// line (<c>Skaters at the old park in August. The new one will be larger.</c> / <c>Jane Roe/The Courier</c>): the page
        /// set the picture's caption and credit together, so a caption of two or three sentences is still the caption. A
        /// paragraph of the story stands apart from a credit, and one that quotes someone is the story's.
        /// </summary>
        private static bool IsCaptionOverItsCredit(List<Unit> units, int i)
        {
            var caption = units[i - 1];
            var credit = units[i];
            if (caption.Kind != UnitKind.Text || !caption.IsSingleLine || caption.HasMarkup || caption.FirstLine + 1 != credit.FirstLine || !credit.IsSingleLine ||
                (i >= 2 && units[i - 2].FirstLine + units[i - 2].LineCount >= caption.FirstLine) ||
                (i + 1 < units.Count && credit.FirstLine + 1 >= units[i + 1].FirstLine))
            {
                return false;
            }

            var text = caption.Text;
            return caption.WordsUpTo(MaxCaptionOverCreditWords + 1) is >= MinCaptionWords and <= MaxCaptionOverCreditWords && !HoldsDoubleQuotationMark(text) &&
                   Sentences.Count(text, 0, text.Length, limit: MaxCaptionSentences + 1) <= MaxCaptionSentences;
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

            // Each caption's key, made when first compared (a lone caption is never keyed) and kept with it.
            var keys = new List<string?>();
            foreach (var unit in units)
            {
                if (unit.Kind != UnitKind.Caption || string.IsNullOrEmpty(unit.CaptionText))
                {
                    continue;
                }

                var text = unit.CaptionText!;
                string? key = null;
                var merged = false;
                for (var k = Math.Max(0, captions.Count - MergeWindow); k < captions.Count && !merged; k++)
                {
                    var (existing, credit) = captions[k];
                    key ??= Key(text);
                    var existingKey = keys[k] ??= Key(existing);
                    if (KeyContains(existingKey, key) || KeyContains(key, existingKey))
                    {
                        var longer = key.Length > existingKey.Length;
                        captions[k] = (longer ? text : existing, credit ?? unit.Credit);
                        keys[k] = longer ? key : existingKey;
                        merged = true;
                    }
                }

                if (!merged)
                {
                    captions.Add((text, unit.Credit));
                    keys.Add(key);
                }
            }

            return captions;
        }

        /// <summary>
        /// Credits a caption with the credit line beside it, unless it carries one. Where it carries only the store the picture
        /// came from (<c>… the minister. File image</c> over <c>Photo: Agency</c>), that is the caption's and the line names whose.
        /// </summary>
        private static void GiveCredit(Unit caption, string? credit)
        {
            if (credit != null && caption.Credit != null && caption.CaptionText != null && IsPictureOrigin(caption.Credit))
            {
                caption.CaptionText = caption.CaptionText + " " + caption.Credit;
                caption.Credit = credit;
            }

            caption.Credit ??= credit;
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
        /// A bare credit (<c>Getty Images</c>) also follows pictures the text does not describe, under a paragraph or a list
        /// item: only a line that ends no sentence and quotes no one is the caption it credits (or a sentence describing a
        /// picture, <see cref="PhotoDescriptionDetector"/>).
        /// </summary>
        private static bool IsCaptionBeforeBareCredit(string text) =>
            !HoldsDoubleQuotationMark(text) && (!BoilerplateDetector.EndsSentence(text) || IsNameAtPlace(text));

        /// <summary>Whether the text holds a straight or curly double quotation mark: a line that quotes someone is the story's.</summary>
        private static bool HoldsDoubleQuotationMark(string text) => text.IndexOfAny(DoubleQuotationMarks) >= 0;

        private static readonly char[] DoubleQuotationMarks = { '"', '\u201C', '\u201D' };

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

        /// <summary>Whether the key <paramref name="longer"/> holds the key <paramref name="shorter"/> (not empty).</summary>
        private static bool KeyContains(string longer, string shorter) => shorter.Length > 0 && longer.IndexOf(shorter, StringComparison.Ordinal) >= 0;

        private static string Key(string s) => Chars.CollapseSpaces(s).TrimEnd(KeyEnds).ToLowerInvariant();
    }
}
