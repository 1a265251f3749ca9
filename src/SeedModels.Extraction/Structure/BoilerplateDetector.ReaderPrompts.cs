using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>What the page asks of its reader: sign-up boxes, calls to action, consent, paywall prompts, appeals, disclosures and notices.</summary>
    internal static partial class BoilerplateDetector
    {
        private static readonly char[] SentenceMarks = { '.', '?', '!' };

        /// <summary>A paywall's meter (<c>You've read 3 of 5 free articles this month.</c>) is one short sentence.</summary>
        private const int MaxMeterWords = 16;

        /// <summary>A paywall's prompt or meter is a line or two.</summary>
        private const int MaxPaywallWords = 25;

        /// <summary>A newsletter's pitch is a line or two.</summary>
        private const int MaxPitchWords = 35;

        /// <summary>A disclosure about advertising or affiliate links is a short paragraph.</summary>
        private const int MaxDisclosureWords = 70;

        private const int MaxCallToActionWords = 40;

        private const int MaxNoticeWords = 14;

        /// <summary>
        /// A newsletter box: a short title, a line of pitch, then the sign-up button (<c>Morning Brief</c> / <c>The day's news in
        /// five minutes.</c> / <c>Sign up</c>). Walking back from the button over the box's other furniture (an address field, a
        /// consent line), the pitch and the title are the box's too.
        /// </summary>
        /// <remarks>Run after the header is read, so a byline above a box is never taken for its title.</remarks>
        public static void MarkSignUpBoxes(List<Unit> units)
        {
            for (var i = 0; i < units.Count; i++)
            {
                if (units[i].Kind != UnitKind.Boilerplate || !Lexicon.SignUpButtons.Contains(units[i].Text))
                {
                    continue;
                }

                // Back over the box's furniture; a label among it (a list's title) is the box's title, already furniture.
                var k = i - 1;
                var titled = false;
                while (k >= 0 && units[k].Kind == UnitKind.Boilerplate)
                {
                    titled |= units[k].IsLinkListLabel;
                    k--;
                }

                if (titled)
                {
                    continue;
                }

                if (k == i - 1 && k >= 0 && IsPitch(units[k]))
                {
                    units[k].Kind = UnitKind.Boilerplate;
                    k--;
                }

                if (k >= 0 && k < i - 1 && IsBoxTitle(units[k]))
                {
                    units[k].Kind = UnitKind.Boilerplate;
                }
            }
        }

        /// <summary>A newsletter's pitch: one short line of one or two sentences, quoting no one.</summary>
        private static bool IsPitch(Unit unit) =>
            unit.Kind == UnitKind.Text && unit.IsSingleLine && unit.WordsUpTo(MaxPitchWords + 1) <= MaxPitchWords &&
            unit.SentencesUpTo(3) <= 2 && unit.Text.IndexOf('"') < 0 && unit.Text.IndexOf('\u201C') < 0;

        /// <summary>A box's title: a name of a few words, no sentence.</summary>
        private static bool IsBoxTitle(Unit unit) =>
            unit.Kind == UnitKind.Text && unit.IsSingleLine && !EndsSentence(unit.Text) && unit.WordsUpTo(7) <= 6;

        /// <summary>
        /// A disclosure about money in the publisher's voice: <c>We may earn a commission from links on this page</c>,
        /// <c>We recommend products independently; advertisers do not influence our picks</c>.
        /// </summary>
        private static bool IsDisclosure(string text, Word first, int words, LineMarks marks)
        {
            // No word of seventy is longer than fourteen characters on average: a longer line is not read word by word. A
            // known count decides the bound before any search.
            if (text.Length > MaxDisclosureWords * 14 || (words >= 0 && words > MaxDisclosureWords))
            {
                return false;
            }

            // A quoted line is none (below): its two marks are looked for before the five words, a search each.
            if (IsQuoted(text, marks))
            {
                return false;
            }

            // A disclosure names the deal: a commission, an affiliate, compensation, an advertiser or a sponsor. A news
            // paragraph about money in a quoted first person ("we get paid", "the revenue helps us") names none of them.
            if (text.IndexOf("ffiliat", System.StringComparison.Ordinal) < 0 && text.IndexOf("ommission", System.StringComparison.Ordinal) < 0 &&
                text.IndexOf("ompensat", System.StringComparison.Ordinal) < 0 && text.IndexOf("dvertis", System.StringComparison.Ordinal) < 0 &&
                text.IndexOf("ponsor", System.StringComparison.Ordinal) < 0)
            {
                return false;
            }

            if (Chars.CountWordsUpTo(text, words, MaxDisclosureWords + 1) > MaxDisclosureWords)
            {
                return false;
            }

            var hits = 0;
            var ourVoice = false;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                hits += Lexicon.DisclosureWords.Contains(w) ? 1 : 0;
                ourVoice |= w.LowerIs("we") || w.LowerIs("our") || w.LowerIs("us");
            }

            return ourVoice && hits >= 2;
        }

        /// <summary><c>Have a news tip?</c>, <c>Got a story for us?</c>, <c>Do you have a story tip?</c></summary>
        private static bool IsTipRequest(string text) =>
            StartsWithAny(text, Lexicon.TipRequests) &&
            (text.IndexOf("tip", System.StringComparison.OrdinalIgnoreCase) > 0 || text.IndexOf("story", System.StringComparison.OrdinalIgnoreCase) > 0);

        /// <summary><c>Follow WXYZ 7 on Facebook</c>, <c>Like us on Instagram</c>.</summary>
        private static bool IsFollowUs(string text, int words)
        {
            if (!StartsWithAny(text, Lexicon.FollowUs) || (words >= 0 ? words : Chars.CountWords(text)) > 20)
            {
                return false;
            }

            foreach (var network in Lexicon.SocialNetworks)
            {
                if (text.IndexOf(network, System.StringComparison.OrdinalIgnoreCase) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An ad or player notice: <c>Story continues below advertisement</c>, <c>This video failed to load</c>.</summary>
        private static bool IsNotice(string text, Word first, int words, LineMarks marks)
        {
            // A notice opens or closes with its subject or its verb ("Story continues below advertisement").
            if (text.Length > MaxNoticeWords * 14)
            {
                return false;
            }

            // The quotation marks before the words: a quoted line is no notice, and most lines of prose quote someone. A notice
            // holds one of its verbs either way (below), and a line with none, most, is not read word by word.
            if (Chars.CountWordsUpTo(text, words, MaxNoticeWords + 1) > MaxNoticeWords || IsQuoted(text, marks) || !Words.HoldsAnyOf(text, Lexicon.NoticeWords))
            {
                return false;
            }

            var subjects = 0;
            var notices = 0;
            var at = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                // One look-up for most words: only a word of either kind is looked up again.
                if (Lexicon.NoticeVocabulary.Contains(w))
                {
                    subjects += Lexicon.NoticeSubjects.Contains(w) ? 1 : 0;
                    notices += Lexicon.NoticeWords.Contains(w) ? 1 : 0;
                }
            }

            return (subjects > 0 && notices > 0) || notices >= 2;
        }

        /// <summary>The reader's consent under a sign-up box: <c>By signing up you …</c>, <c>By clicking …</c>.</summary>
        private static bool IsConsent(string text, Word by)
        {
            if (!by.LowerIs("by") || by.Start != 0)
            {
                return false;
            }

            var at = by.End;
            return Words.TryNext(text, ref at, text.Length, out var gerund) && Lexicon.ConsentGerunds.Contains(gerund);
        }

        /// <summary>
        /// A call to subscribe, sign up, download or donate that names what it offers (<c>Subscribe now to our e-edition</c>,
        /// <c>Sign up for our weekly newsletter</c>): its verb opens the line, follows a colon, or follows a lead-in
        /// (<c>For the latest updates download our app</c>).
        /// </summary>
        private static bool IsCallToAction(string text, Word first, int words, LineMarks marks)
        {
            // Most lines fail on their first word: a call opens with its verb, a lead-in, or a label and a colon.
            if (text.Length > MaxCallToActionWords * 14)
            {
                return false;
            }

            var leadIn = first.Is("For") || first.Is("To");
            // "Enjoying Harbour Notes? Subscribe for free …": the pitch may ask its question first.
            var question = Has(marks, LineMarks.Stop) ? FirstSentenceQuestionEnd(text) : -1;
            if (!leadIn && !Lexicon.CallToActionVerbs.Contains(first) && !Holds(text, marks, LineMarks.Colon) && question < 0)
            {
                return false;
            }

            if (IsQuoted(text, marks) || Chars.CountWordsUpTo(text, words, MaxCallToActionWords + 1) > MaxCallToActionWords)
            {
                return false;
            }

            var channel = false;
            var verb = false;
            var at = 0;
            var index = 0;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                channel |= Lexicon.CallToActionChannels.Contains(w);
                if (!verb && Lexicon.CallToActionVerbs.Contains(w))
                {
                    var opensLine = index == 0;
                    var afterColon = index > 0 && PrecededByColon(text, w.Start);
                    var afterQuestion = question > 0 && w.Start > question && Words.OnlySpaceBetween(text, question + 1, w.Start) &&
                                        Words.TryFirst(text, w.End, text.Length, out var next) && Lexicon.CallToActionVerbFollowers.Contains(next);
                    verb = opensLine || afterColon || afterQuestion || (leadIn && !w.IsCapitalized);
                }

                index++;
            }

            // "Subscribe to get every issue delivered.": a verb that only ever calls on the reader needs no channel.
            return verb && (channel || Lexicon.SelfEvidentCallVerbs.Contains(first));
        }

        /// <summary>
        /// A paywall's prompt or meter: <c>This article is for subscribers only.</c>, <c>You've read 3 of 5 free articles this
        /// month.</c> The page speaks of the article itself or counts the reader's free ones; a story about a subscription
        /// service names no free articles of its own page and does not open with <c>This article</c>.
        /// </summary>
        private static bool IsPaywallPrompt(string text, Word first, int words, LineMarks marks)
        {
            var aboutThePage = first.Is("This");
            var toTheReader = first.Is("You") || first.Is("You've") || first.Is("You\u2019ve") || first.Is("You're") || first.Is("You\u2019re");
            if ((!aboutThePage && !toTheReader) || text.Length > MaxPaywallWords * 14 || IsQuoted(text, marks) ||
                Chars.CountWordsUpTo(text, words, MaxPaywallWords + 1) > MaxPaywallWords)
            {
                return false;
            }

            // "This article is …": the page names itself as the sentence's subject; "This article of the lease …" is the story's.
            var at = first.End;
            var pageNoun = false;
            var subscribers = false;
            var freeArticles = false;
            var previousWasFree = false;
            var index = 1;
            while (Words.TryNext(text, ref at, text.Length, out var w))
            {
                var isPageNoun = Lexicon.PaywallPageNouns.Contains(w);
                pageNoun |= (index == 1 && isPageNoun) || (index == 2 && pageNoun && Lexicon.AuxiliaryVerbs.Contains(w));
                pageNoun &= index != 2 || Lexicon.AuxiliaryVerbs.Contains(w);
                subscribers |= Lexicon.PaywallWords.Contains(w);
                freeArticles |= previousWasFree && isPageNoun;
                previousWasFree = w.LowerIs("free");
                index++;
            }

            // A meter is one short sentence; a story that tells its reader about free articles says more.
            return (aboutThePage && pageNoun && index > 3 && subscribers) || (toTheReader && freeArticles && index <= MaxMeterWords && Sentences.IsOne(text));
        }

        /// <summary>
        /// The publisher's appeal closing a short paragraph: <c>We are an independent newsroom. Donate today to support our
        /// work.</c> A sentence after the first opens with a call's verb, and the paragraph speaks as the publisher (<c>our</c>,
        /// <c>us</c>) or names a price; a story's sentences open with their subject, and its appeals are quoted.
        /// </summary>
        private static bool IsSupportAppeal(string text, int words, LineMarks marks)
        {
            if (text.Length > MaxCallToActionWords * 14 || !EndsSentence(text))
            {
                return false;
            }

            // The sentence ends are found by the framework's search, and only the word after each is read: most paragraphs
            // fail here without a word being counted. The appeal is the last sentence, so the ends are searched from the
            // line's end (short of its last character) and the last one with a word after it decides.
            var appeal = -1;
            for (var mark = text.Length >= 2 ? text.LastIndexOfAny(SentenceMarks, text.Length - 2) : -1; mark >= 0; mark = mark > 0 ? text.LastIndexOfAny(SentenceMarks, mark - 1) : -1)
            {
                var at = mark + 1;
                if (Sentences.IsEndAt(text, mark, text.Length) && Words.TryNext(text, ref at, text.Length, out var next))
                {
                    appeal = next.IsCapitalized && Lexicon.AppealVerbs.Contains(next) ? next.Start : -1;
                    break;
                }
            }

            // A comma in the appeal may stand before its speaker ("Join the queue early, our librarian advised.").
            if (appeal < 0 || text.IndexOf(',', appeal) >= 0 || IsQuoted(text, marks) || Chars.CountWordsUpTo(text, words, MaxCallToActionWords + 1) > MaxCallToActionWords)
            {
                return false;
            }

            // The publisher speaks in its own voice or names a price; an imperative someone is reported to have given names its
            // speaker ("Join now, says the club.").
            var publisher = text.IndexOf('$') >= 0 || text.IndexOf('\u00A3') >= 0 || text.IndexOf('\u20AC') >= 0;
            var k = 0;
            while (Words.TryNext(text, ref k, text.Length, out var w))
            {
                publisher |= w.LowerIs("our") || (w.LowerIs("us") && !w.IsAllCaps);
                if (w.Start > appeal && Lexicon.SpeechVerbs.Contains(w))
                {
                    return false;
                }
            }

            return publisher;
        }

        /// <summary>
        /// A newsletter platform's note on the publication (<c>The Harbour Beat is a reader-supported publication. …</c>); only a
        /// line holding <c>reader-</c> is searched for the phrases, and only a line holding a hyphen (no other character equals it
        /// ignoring case) for that.
        /// </summary>
        private static bool IsReaderSupportedDescription(string text)
        {
            if (text.IndexOf('-') < 0 || text.IndexOf("reader-", System.StringComparison.OrdinalIgnoreCase) < 0)
            {
                return false;
            }

            foreach (var phrase in Lexicon.ReaderSupportedDescriptions)
            {
                if (text.IndexOf(phrase, System.StringComparison.OrdinalIgnoreCase) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where the line's first sentence ends, if it ends in a question mark; else -1.</summary>
        private static int FirstSentenceQuestionEnd(string text)
        {
            var end = text.IndexOfAny(SentenceEnds);
            return end > 0 && text[end] == '?' ? end : -1;
        }

        private static readonly char[] SentenceEnds = { '.', '?', '!' };

        private static bool PrecededByColon(string text, int at)
        {
            var k = at - 1;
            while (k >= 0 && text[k] == ' ')
            {
                k--;
            }

            return k >= 0 && text[k] == ':';
        }
    }
}
