using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>
    /// Decides the headline: the first short line (with no full stop, or one sentence with a full stop over a longer paragraph),
    /// else <c>Originally published as …</c>.
    /// </summary>
    internal static class HeadlineDetector
    {
        public const int MaxWords = 30;

        /// <summary>A headline with a full stop is read only up to this length: a longer sentence is the story's.</summary>
        private const int MaxWordsWithFullStop = 20;

        /// <summary>Whether a line has the shape of a headline.</summary>
        public static bool LooksLikeHeadline(string line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.Length > 250 || text[text.Length - 1] == '.' || text[text.Length - 1] == ',' || text[text.Length - 1] == ':')
            {
                return false;
            }

            var words = Chars.CountWords(text);
            return words >= 1 && words <= MaxWords;
        }

        /// <summary>
        /// A first line that closes with a full stop is still the headline when it is one sentence of headline length (twenty
        /// words at most) and the paragraph under it runs longer (many pages print <c>Council backs new library.</c> over the
        /// story); a sentence over a shorter one, or a long one, is the story's own first paragraph.
        /// </summary>
        public static bool IsHeadlineWithFullStop(string line, Unit? next)
        {
            if (next == null)
            {
                return false;
            }

            // A first line that quotes someone and closes with a full stop may as well be the story's opening quotation; read
            // as text, its quotes are kept.
            var text = line.Trim();
            // Two sentences in title case ("I Ran a Market for a Year. Here's What Nobody Tells You.") are a blog's headline too.
            // So is a claim and its promise ("We stopped running our own servers. Here is what happened.").
            if (text.Length < 2 || text[text.Length - 1] != '.' || text[text.Length - 2] == '.' || !(Sentences.IsOne(text) || IsTitleCased(text) || IsClaimAndPromise(text)) ||
                HasQuotationMark(text))
            {
                return false;
            }

            var words = Chars.CountWords(text, 0, text.Length, limit: MaxWordsWithFullStop + 1);
            if (words < 2 || words > MaxWordsWithFullStop)
            {
                return false;
            }

            // A title-cased line, or a claim and its promise, is a title whatever stands under it (a blog's subtitle may be as long).
            var nextText = next.Text;
            return Chars.CountWords(nextText, 0, nextText.Length, limit: words + 1) > words || Sentences.Count(nextText, 0, nextText.Length, limit: 2) >= 2 ||
                   IsTitleCased(text) || IsClaimAndPromise(text);
        }

        /// <summary>Two sentences, the second a headline's promise of the story (<c>Here is what happened.</c>, <see cref="Lexicon.HeadlinePromises"/>).</summary>
        private static bool IsClaimAndPromise(string text)
        {
            if (Sentences.Count(text, 0, text.Length, limit: 3) != 2)
            {
                return false;
            }

            var stop = text.IndexOf(". ", System.StringComparison.Ordinal);
            return stop > 0 && Lexicon.HeadlinePromises.Match(text, Chars.SkipSpaces(text, stop + 1, text.Length)) != null;
        }

        /// <summary>The fewest words of four letters or more a title-cased line holds.</summary>
        private const int MinTitleCaseWords = 4;

        /// <summary>Whether every word of four letters or more is capitalised, and there are a few: a title, which no prose is.</summary>
        private static bool IsTitleCased(string text)
        {
            var titleWords = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (w.End - w.Start < 4)
                {
                    continue;
                }

                if (!w.IsCapitalized)
                {
                    return false;
                }

                titleWords++;
            }

            return titleWords >= MinTitleCaseWords;
        }

        /// <summary>The index of the headline's unit in <paramref name="units"/>, or -1 when the text has none at its top.</summary>
        public static int IndexOf(System.Collections.Generic.List<Unit> units)
        {
            for (var i = 0; i < units.Count && i <= MaxMastheadAbove; i++)
            {
                if (units[i].Kind == UnitKind.Headline)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>How many words a headline under a menu has beyond the menu's longest entry: a wrapped headline's lines are each shorter than the story's next line.</summary>
        private const int MinHeadlineWordsOverMenu = 2;

        /// <summary>How many units above the headline a copied page may print: a kicker, a breadcrumb, a date, an ad's label.</summary>
        private const int MaxFurnitureAbove = 3;

        /// <summary>
        /// Where the headline's line is, past the furniture a copied page prints above it: page furniture (<c>Advertisement</c>,
        /// <c>Skip to main content</c>), a date line, a section's name, kicker or breadcrumb (<c>Politics</c>, <c>EXCLUSIVE</c>,
        /// <c>Home &gt; News &gt; Local</c>), but only when a line shaped like a headline follows; else 0.
        /// </summary>
        private static int PastFurnitureAbove(System.Collections.Generic.List<Unit> units)
        {
            // Bit k of templateRead says the loop below asked IsTemplateLine of unit k, bit k of templateLines its answer,
            // so the section-name check further down does not ask it again (units below MaxFurnitureAbove only).
            var i = 0;
            var templateRead = 0;
            var templateLines = 0;
            while (i < units.Count && i < MaxFurnitureAbove)
            {
                var unit = units[i];
                var furniture = unit.Kind == UnitKind.Boilerplate || unit.Kind == UnitKind.Dateline || IsDatedByline(unit) || IsMasthead(units, i) ||
                                NavigationBlock.LongestEntry(unit) > 0 || NavigationBlock.IsMenuRow(unit) || IsSiteNameOverMenu(units, i);
                if (!furniture)
                {
                    templateRead |= 1 << i;
                    if (IsTemplateLine(unit))
                    {
                        templateLines |= 1 << i;
                        furniture = true;
                    }
                }

                if (!furniture && !(unit.Kind == UnitKind.Text && unit.IsSingleLine && IsSectionLine(unit.Text)))
                {
                    break;
                }

                i++;
            }

            // "Community Notes" / "Council closes old library after roof survey" / "By Jane Doe": a title-case label of a few words
            // over a longer headline-shaped line that the byline or date follows is the page's section or masthead.
            var crumb = i < MaxFurnitureAbove && IsBreadcrumbToHeadline(units, i);
            if (crumb || (i < MaxFurnitureAbove && IsLabelOverHeadline(units, i)))
            {
                i++;
            }

            if (i == 0 || i + 1 >= units.Count || units[i].Kind != UnitKind.Text || !units[i].IsSingleLine || units[i].HasMarkup || !LooksLikeHeadline(units[i].Text))
            {
                return 0;
            }

            // A section's name is shorter than the headline under it ("World" over "Storm closes the harbour"), and so is each
            // entry of a menu copied as one block.
            var headlineWords = units[i].WordCount;
            for (var k = 0; k < i && !crumb; k++)
            {
                if (units[k].Kind == UnitKind.Text && MenuOrUnitWords(units[k]) >= headlineWords &&
                    !((templateRead & (1 << k)) != 0 ? (templateLines & (1 << k)) != 0 : IsTemplateLine(units[k])))
                {
                    return 0;
                }
            }

            return i;
        }

        /// <summary>How many units a blog's masthead (its name, motto and menu, one entry a line) and date may take above the headline.</summary>
        private const int MaxMastheadAbove = 10;

        /// <summary>Most words of one entry of a menu copied one entry a line (<c>Past walks</c>).</summary>
        private const int MaxMenuEntryWords = 3;

        /// <summary>The fewest entries such a menu has.</summary>
        private const int MinMenuEntries = 3;

        /// <summary>Most words of a blog's motto under its name (<c>An amateur photography club. Walks, workshops and …</c>).</summary>
        private const int MaxMottoWords = 24;

        /// <summary>
        /// Where the headline is under a blog's masthead with its menu one entry a line: the site's name, perhaps its motto, then
        /// three or more entries of a few words each, one of them furniture the lexicon knows (<c>Home</c>, <c>Menu</c>), then
        /// perhaps the date, then a line shaped like a headline over more of the page (<c>Harbour Shutterbugs</c> / <c>Home</c> /
        /// <c>Join us</c> / <c>Past walks</c> / <c>5 March 2024</c> / <c>Dawn at the dock</c>); else 0.
        /// </summary>
        private static int PastMastheadWithMenuLines(System.Collections.Generic.List<Unit> units)
        {
            if (units.Count < MinMenuEntries + 3 || !IsShortTextLine(units[0], MaxSiteNameWords) || !LooksLikeHeadline(units[0].Text))
            {
                return 0;
            }

            var i = 1;
            if (units[i].Kind == UnitKind.Text && units[i].IsSingleLine && !units[i].HasMarkup && units[i].WordsUpTo(MaxMottoWords + 1) <= MaxMottoWords &&
                !IsMenuEntry(units[i]))
            {
                i++;
            }

            var entries = 0;
            var known = false;
            while (i < units.Count && i < MaxMastheadAbove && IsMenuEntry(units[i]))
            {
                known |= units[i].Kind == UnitKind.Boilerplate || (Words.TryFirst(units[i].Text, 0, units[i].Text.Length, out var entry) && Lexicon.SiteMenuWords.ContainsBare(entry));
                entries++;
                i++;
            }

            if (entries < MinMenuEntries || !known)
            {
                return 0;
            }

            while (i < units.Count && i < MaxMastheadAbove && (units[i].Kind == UnitKind.Dateline || units[i].Kind == UnitKind.Boilerplate))
            {
                i++;
            }

            return i < MaxMastheadAbove && i + 1 < units.Count && IsShortTextLine(units[i], MaxWords) && LooksLikeHeadline(units[i].Text) ? i : 0;
        }

        /// <summary>One entry of a menu copied one entry a line: a few words opening with a capital and closing on a letter or digit (<c>Exhibition 2024</c>).</summary>
        private static bool IsMenuEntry(Unit unit)
        {
            if (!unit.IsSingleLine || unit.HasMarkup || (unit.Kind != UnitKind.Text && unit.Kind != UnitKind.Boilerplate) || unit.WordsUpTo(MaxMenuEntryWords + 1) > MaxMenuEntryWords)
            {
                return false;
            }

            var text = unit.Text.Trim();
            return text.Length > 1 && char.IsUpper(text[0]) && char.IsLetterOrDigit(text[text.Length - 1]);
        }

        /// <summary>A single line of undecided text, no markup, of at most <paramref name="maxWords"/> words.</summary>
        private static bool IsShortTextLine(Unit unit, int maxWords) =>
            unit.Kind == UnitKind.Text && unit.IsSingleLine && !unit.HasMarkup && unit.WordsUpTo(maxWords + 1) <= maxWords;

        /// <summary>Most words a site's name over its menu runs to (<c>Notes from a Slow Kitchen</c>).</summary>
        private const int MaxSiteNameWords = 6;

        /// <summary>
        /// The site's name on the page's first line, over its menu copied as one row or its section path (<c>Notes from a Slow
        /// Kitchen</c> / <c>Home   About   Archive</c>, <c>Birdwatch Westmoor</c> / <c>Home » News » Sightings</c>).
        /// </summary>
        private static bool IsSiteNameOverMenu(System.Collections.Generic.List<Unit> units, int i)
        {
            if (i != 0 || units.Count < 3 || units[0].Kind != UnitKind.Text || !units[0].IsSingleLine || units[0].HasMarkup ||
                !char.IsUpper(units[0].Text[0]) || units[0].WordsUpTo(MaxSiteNameWords + 1) > MaxSiteNameWords || !LooksLikeHeadline(units[0].Text))
            {
                return false;
            }

            var menu = units[1];
            return NavigationBlock.IsMenuRow(menu) ||
                   (menu.IsSingleLine && !menu.HasMarkup && HasPathMark(menu.Text) && (menu.Kind == UnitKind.Boilerplate || (menu.Kind == UnitKind.Text && IsSectionLine(menu.Text))));
        }

        /// <summary>A breadcrumb's mark standing between spaces: <c>&gt;</c>, <c>»</c>, <c>›</c>, <c>/</c>.</summary>
        private static bool HasPathMark(string text) => Chars.HasStandingMark(text, 0, text.Length, BreadcrumbMarks);

        /// <summary>A breadcrumb's marks: <c>&gt;</c>, <c>»</c>, <c>›</c>, <c>/</c>.</summary>
        private const string BreadcrumbMarks = ">\u00BB\u203A/";

        /// <summary>The marks that part a section line's labels: a breadcrumb's, a bar, a middle dot, a bullet.</summary>
        private const string SectionLineMarks = BreadcrumbMarks + "|\u00B7\u2022";

        /// <summary>A unit's words, or for a menu copied as one block its longest entry's and the headline's margin over it.</summary>
        private static int MenuOrUnitWords(Unit unit)
        {
            var entry = unit.IsSingleLine ? -1 : NavigationBlock.LongestEntry(unit);
            return entry > 0 ? entry + MinHeadlineWordsOverMenu : unit.WordCount;
        }

        /// <summary>
        /// A blog's meta row over its post's title (<c>March 11, 2026 / Jane Doe</c>): a byline that prints the date, read as
        /// the header's though it stands above the headline.
        /// </summary>
        private static bool IsDatedByline(Unit unit) => unit.Kind == UnitKind.Byline && unit.IsSingleLine && unit.Byline?.Date != null;

        /// <summary>Most words the alternative text of a site's logo runs to (<c>The Westhaven Courier logo</c>).</summary>
        private const int MaxLogoWords = 4;

        /// <summary>
        /// A line the site's template prints over every page's headline: its navigation's and accessibility links
        /// (<c>Connect with us</c>, <c>Skip to content</c>), its logo's alternative text (<c>Westhaven Courier logo</c>,
        /// <c>LOGO</c>), the label of the blog archive page the post was copied from (<c>Archive for November 27th, 2026</c>).
        /// </summary>
        private static bool IsTemplateLine(Unit unit)
        {
            if (unit.Kind != UnitKind.Text || !unit.IsSingleLine || unit.HasMarkup)
            {
                return false;
            }

            var text = unit.Text.Trim();
            return Lexicon.PageTopLines.Contains(text) || Lexicon.ArchivePageLabels.Match(text) != null ||
                   (unit.WordCount <= MaxLogoWords && Words.EndsWithWord(text, Lexicon.LogoWord)) || IsSiteNotice(text) || IsWidgetLine(text, unit.WordCount);
        }

        /// <summary>Most words a widget's line over the headline runs to (<c>| 9.3°C Westhaven</c>).</summary>
        private const int MaxWidgetWords = 5;

        /// <summary>
        /// A line of the template's widgets and buttons, never a headline: a button of one character (<c>x</c>, <c>☰</c>), a
        /// link's or badge's label in square brackets (<c>[Valid Atom 1.0]</c>), a piece of a bar-parted menu (<c>| Login</c>),
        /// the weather's reading (<c>9.3°C Westhaven</c>).
        /// </summary>
        private static bool IsWidgetLine(string text, int words)
        {
            if (text.Length <= 1)
            {
                return text.Length == 1;
            }

            var first = text[0];
            if (words > MaxWidgetWords || !(first == '|' || first == '[' || text.IndexOf('\u00B0') > 0))
            {
                return false;
            }

            return first == '|' || (first == '[' && text[text.Length - 1] == ']') || IsTemperature(text);
        }

        /// <summary>A reading of degrees after a number (<c>9.3°C</c>, <c>48 °F</c>).</summary>
        private static bool IsTemperature(string text)
        {
            var degree = text.IndexOf('\u00B0');
            var k = degree - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            return k >= 0 && char.IsDigit(text[k]) && degree + 1 < text.Length && (text[degree + 1] == 'C' || text[degree + 1] == 'F');
        }

        /// <summary>
        /// The site's notice to its reader over the story (<c>By allowing ads to appear on this site, you support local
        /// journalism.</c>): a sentence that speaks of the site itself, never the headline.
        /// </summary>
        private static bool IsSiteNotice(string text)
        {
            if (text.Length == 0 || text[text.Length - 1] != '.')
            {
                return false;
            }

            // The first " this site" or the first " this website" past the line's first character, both found in one search for
            // " this ": each phrase's first place is the first " this " it follows.
            var siteSeen = false;
            var websiteSeen = false;
            for (var at = text.IndexOf(" this ", System.StringComparison.OrdinalIgnoreCase); at >= 0 && !(siteSeen && websiteSeen);
                 at = text.IndexOf(" this ", at + 1, System.StringComparison.OrdinalIgnoreCase))
            {
                if (!siteSeen && HasAt(text, at + 6, "site"))
                {
                    siteSeen = true;
                    if (at > 0)
                    {
                        return true;
                    }
                }

                if (!websiteSeen && HasAt(text, at + 6, "website"))
                {
                    websiteSeen = true;
                    if (at > 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="word"/> stands at <paramref name="at"/>, ignoring case.</summary>
        private static bool HasAt(string text, int at, string word) =>
            at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, System.StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary>Most words a section's or masthead's label over the headline holds.</summary>
        private const int MaxLabelWords = 3;

        /// <summary>Most words of a masthead over the headline that closes on a publication's word (<c>St Brannoc's Parish News</c>).</summary>
        private const int MaxMastheadWords = 5;

        /// <summary>Most lines of a byline's block under the headline: the name, the title, the date.</summary>
        private const int MaxBylineBlockLines = 3;

        /// <summary>Whether the label's last word is a publication's (<c>News</c>, <c>Gazette</c>).</summary>
        private static bool EndsWithPublicationWord(string label)
        {
            // The label's last character is the word's: a label closing on a mark closes on no word.
            var end = Chars.LastLetterRun(label, out var start);
            return end == label.Length && end > start && (Lexicon.PublicationWords.Contains(label, start, end) || Lexicon.PublicationNameWords.Contains(label, start, end));
        }

        /// <summary>The headline under such a label runs this many words more than it.</summary>
        private const int MinHeadlineWordsOverLabel = 3;

        /// <summary>
        /// Whether unit <paramref name="i"/> is a label over the headline: a line of at most three words, each capitalised
        /// (<c>Community Notes</c>, <c>Westhaven Courier</c>, <c>Libraries</c>), over a longer line shaped like a headline, under
        /// which the byline or a date line stands (a short headline over its standfirst is in sentence case, or has no byline
        /// right under the longer line).
        /// </summary>
        private static bool IsLabelOverHeadline(System.Collections.Generic.List<Unit> units, int i)
        {
            if (i + 2 >= units.Count || units[i].Kind != UnitKind.Text || !units[i].IsSingleLine || units[i].HasMarkup ||
                units[i + 1].Kind != UnitKind.Text || !units[i + 1].IsSingleLine || units[i + 1].HasMarkup)
            {
                return false;
            }

            var label = units[i].Text.Trim();
            var labelWords = CapitalisedWordCount(label);
            if (labelWords == 0 || (labelWords > MaxLabelWords && !(labelWords <= MaxMastheadWords && EndsWithPublicationWord(label))) || !LooksLikeHeadline(label) ||
                units[i + 1].WordCount < labelWords + MinHeadlineWordsOverLabel || !LooksLikeHeadline(units[i + 1].Text))
            {
                return false;
            }

            var under = units[i + 2];
            if (under.Kind == UnitKind.Byline || under.Kind == UnitKind.Dateline)
            {
                return true;
            }

            // "Gadgets" / headline / "Jane Doe" over her title and the date in one block: the byline's name on its first line.
            if (under.Kind == UnitKind.Text && !under.HasMarkup && under.LineCount > 1 && under.LineCount <= MaxBylineBlockLines)
            {
                var (start, end) = under.PartRange(0);
                return BylineDetector.TryReadNameLine(under.Text.Substring(start, end - start), out var named) && named!.NamesPerson;
            }

            if (under.Kind != UnitKind.Text || !under.IsSingleLine || under.HasMarkup)
            {
                return false;
            }

            // "Nova Scotia" / headline / "Dumping day went smoothly for hundreds of boats" / byline: the standfirst between the
            // headline and the byline or date.
            // A newsletter's post: the author's name alone under the standfirst, the date under it.
            var meta = i + 3 < units.Count ? units[i + 3].Kind : UnitKind.Text;
            return meta == UnitKind.Byline || meta == UnitKind.Dateline ||
                   (BylineDetector.TryReadNameLine(under.Text, out var byline) && byline!.NamesPerson) ||
                   (meta == UnitKind.Text && i + 4 < units.Count && units[i + 4].Kind == UnitKind.Dateline && units[i + 3].IsSingleLine && !units[i + 3].HasMarkup &&
                    BylineDetector.TryReadNameLine(units[i + 3].Text, out var author) && author!.NamesPerson);
        }

        /// <summary>
        /// A breadcrumb whose last part is the headline under it (<c>Home / Local News / Council closes library</c> over
        /// <c>Council closes library</c>).
        /// </summary>
        private static bool IsBreadcrumbToHeadline(System.Collections.Generic.List<Unit> units, int i)
        {
            // The breadcrumb's slashes may have read it as a credit.
            if (i + 1 >= units.Count || (units[i].Kind != UnitKind.Text && units[i].Kind != UnitKind.Credit && units[i].Kind != UnitKind.Caption) || !units[i].IsSingleLine ||
                units[i + 1].Kind != UnitKind.Text || !units[i + 1].IsSingleLine)
            {
                return false;
            }

            var crumb = units[i].Text.Trim();
            var headline = units[i + 1].Text.Trim();
            if (headline.Length == 0 || crumb.Length <= headline.Length + 3 || !crumb.EndsWith(headline, System.StringComparison.Ordinal))
            {
                return false;
            }

            var path = crumb.Substring(0, crumb.Length - headline.Length).TrimEnd();
            var mark = path.Length == 0 ? ' ' : path[path.Length - 1];

            // "Home TechThe best …": a breadcrumb whose marks the copy lost, glued to the headline, is still only section words.
            var glued = char.IsLetter(crumb[crumb.Length - headline.Length - 1]);
            return mark == '/' || mark == '>' || mark == '\u00BB' || mark == '\u203A' || mark == '|' || (glued && IsSectionLine(path));
        }

        /// <summary>
        /// How many capitalised words <paramref name="text"/> holds when every word is capitalised or a joining word
        /// (<c>Ministry of Harbour Affairs</c>: 3); 0 when a word is neither.
        /// </summary>
        private static int CapitalisedWordCount(string text)
        {
            var at = 0;
            var count = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (char.IsUpper(w.First))
                {
                    count++;
                }
                else if (!w.Is("&") && !w.LowerIs("and") && !w.LowerIs("of") && !w.LowerIs("the"))
                {
                    return 0;
                }
            }

            return count;
        }

        /// <summary>
        /// The publication's name as the page's first line (<c>The Westhaven Courier</c>): read as a bare credit, but with
        /// nothing above it there is no picture it could credit.
        /// </summary>
        private static bool IsMasthead(System.Collections.Generic.List<Unit> units, int i) =>
            i == 0 && units[i].Kind == UnitKind.Credit && units[i].IsBareCredit && units[i].IsSingleLine;

        /// <summary>A line of only section words, perhaps as a breadcrumb (<c>Home / News / Local</c>, <c>Local News | Westhaven</c>, <c>TRAVEL · FOOD &amp; DRINK</c>).</summary>
        public static bool IsSectionLine(string line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.Length > 60)
            {
                return false;
            }

            var breadcrumb = Chars.HasStandingMark(text, 0, text.Length, SectionLineMarks);
            var words = 0;
            var sectionWords = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                if (!char.IsLetter(w.First) && !w.Is("&"))
                {
                    continue; // a breadcrumb's marks
                }

                words++;
                var sectionWord = Lexicon.SectionWords.ContainsBare(w);

                // "Media release", "Top stories": a label in sentence case is still all section words.
                if (!w.IsCapitalized && !w.IsAllCaps && !w.LowerIs("and") && !w.Is("&") && !(words > 1 && sectionWord))
                {
                    return false;
                }

                sectionWords += sectionWord ? 1 : 0;
            }

            // A breadcrumb's last part may be a place or a topic of its own ("Local News | Westhaven").
            return words > 0 && (sectionWords == words || (breadcrumb && words <= 6 && sectionWords >= 1));
        }

        /// <summary>The first paragraph under the headline's line, past a byline, a date line, a caption or furniture.</summary>
        private static Unit? FirstParagraphAfter(System.Collections.Generic.List<Unit> units, int headline)
        {
            for (var i = headline + 1; i < units.Count; i++)
            {
                if (units[i].Kind == UnitKind.Text)
                {
                    return units[i];
                }
            }

            return null;
        }

        /// <summary>
        /// The headline printed again right under itself (the page's title and its heading, both copied): the copy is furniture,
        /// not the standfirst.
        /// </summary>
        private static void MarkRepeatedHeadline(System.Collections.Generic.List<Unit> units, int headline, string text)
        {
            var next = headline + 1;
            if (next < units.Count - 1 && units[next].Kind == UnitKind.Text && units[next].IsSingleLine && !units[next].HasMarkup &&
                string.Equals(units[next].Text.Trim(), text, System.StringComparison.Ordinal))
            {
                units[next].Kind = UnitKind.Boilerplate;
            }
        }

        private static bool HasQuotationMark(string text)
        {
            foreach (var c in text)
            {
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018')
                {
                    return true;
                }
            }

            // Straight single quotes around words ('Incredibly Hateful'), not apostrophes (Trump's): one after a space.
            return text.IndexOf(" '", System.StringComparison.Ordinal) >= 0 || text.StartsWith("'", System.StringComparison.Ordinal) || text.IndexOf("''", System.StringComparison.Ordinal) >= 0;
        }

        /// <summary>The fewest words a headline after a media label runs to (<c>WATCH: Mayor opens the rebuilt pier</c>).</summary>
        private const int MinWordsAfterMediaLabel = 4;

        /// <summary>
        /// <c>WATCH: Mayor opens the rebuilt pier</c> over the byline or date: the first line of the page is a headline that
        /// promotes a video, though the same line in the body is furniture.
        /// </summary>
        private static bool IsLabelledHeadline(System.Collections.Generic.List<Unit> units)
        {
            if (units.Count < 3 || units[0].Kind != UnitKind.Boilerplate || !units[0].IsSingleLine || units[0].HasMarkup ||
                (units[1].Kind != UnitKind.Byline && units[1].Kind != UnitKind.Dateline))
            {
                return false;
            }

            var text = units[0].Text.Trim();
            var label = Lexicon.HeadlineMediaLabels.Match(text);
            if (label == null)
            {
                return false;
            }

            var rest = text.Substring(label.Length);
            return LooksLikeHeadline(rest) && Chars.CountWords(rest) >= MinWordsAfterMediaLabel;
        }

        /// <summary>
        /// Marks the headline unit, if the text has one at the top, and returns the headline: the annotation's,
        /// else that first line, else the one named by <c>Originally published as</c>.
        /// </summary>
        public static string? Detect(System.Collections.Generic.List<Unit> units, string? annotated)
        {
            var at = annotated == null ? PastFurnitureAbove(units) : 0;
            if (annotated == null && at == 0)
            {
                at = PastMastheadWithMenuLines(units);
            }
            if (annotated == null)
            {
                at = TwoLineTop.Split(units, at);
            }

            if (annotated == null && at == 0 && IsLabelledHeadline(units))
            {
                units[0].Kind = UnitKind.Text;
            }

            var first = units.Count > at ? units[at] : null;
            var text = first == null ? string.Empty : first.HasMarkup ? Html.Clean(first.Text) : first.Text.Trim();
            // Markup at the top is a headline in a wrapper, unless it carries a credit: then it is an image's caption.
            var isCaption = first != null && first.HasMarkup && CaptionDetector.TryReadCaptionLine(text, out _, out _);
            if (first != null && first.Kind == UnitKind.Text && first.IsSingleLine && !isCaption && units.Count > at + 1 &&
                (LooksLikeHeadline(text) || IsHeadlineWithFullStop(text, FirstParagraphAfter(units, at))))
            {
                for (var k = 0; k < at; k++)
                {
                    units[k].Kind = units[k].Kind == UnitKind.Text || units[k].Kind == UnitKind.Credit ? UnitKind.Boilerplate : units[k].Kind;
                }

                first.Kind = UnitKind.Headline;
                MarkRepeatedHeadline(units, at, text);
                return annotated ?? text;
            }

            if (annotated != null)
            {
                return annotated;
            }

            for (var i = units.Count - 1; i >= 0; i--)
            {
                if (units[i].NamedHeadline != null)
                {
                    return units[i].NamedHeadline;
                }
            }

            return null;
        }
    }
}
