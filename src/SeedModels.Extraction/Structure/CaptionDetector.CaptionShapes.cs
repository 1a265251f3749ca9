using System;
using System.Collections.Generic;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>Captions told by their shape rather than a credit: video running times, people placed in the picture, a name at a place; and the figure lines and prose that are no captions.</summary>
    internal static partial class CaptionDetector
    {
        /// <summary>A name with its title before <c>: Pictured</c>.</summary>
        private const int MaxPictureNameWords = 7;

        /// <summary>Where the colon after the name in <c>Name: Pictured …</c> may stand at most.</summary>
        private const int MaxPictureNameLength = 60;

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

        /// <summary>The most digits of a gallery counter's numbers (<c>3 of 12</c>).</summary>
        private const int MaxCounterDigits = 3;

        /// <summary>
        /// A gallery's counter closing its caption's line after the caption's last mark (<c>Divers search the pier. 1 of 4</c>,
        /// <c>… the market. (Photo: Jane Roe) 2 of 4</c>): <paramref name="caption"/> gets the line before it. No sentence of a
        /// story closes on a count after its full stop.
        /// </summary>
        private static bool TryCutGalleryCounter(string text, out string caption)
        {
            caption = string.Empty;
            var k = text.Length;
            var total = ReadNumberBack(text, ref k);
            if (total == 0 || !SkipBack(text, ref k, " of "))
            {
                return false;
            }

            var number = ReadNumberBack(text, ref k);
            if (number == 0 || number > total || k == 0 || text[k - 1] != ' ')
            {
                return false;
            }

            var end = Chars.TrimEnd(text, 0, k);
            var last = end > 0 ? text[end - 1] : ' ';
            if (last != '.' && last != '!' && last != '?' && last != ')' && last != '\u201D' && last != '"')
            {
                return false;
            }

            var words = Chars.CountWords(text, 0, end, limit: MaxCaptionWords + 1);
            if (words < MinCaptionWords || words > MaxCaptionWords)
            {
                return false;
            }

            caption = text.Substring(0, end);
            return true;
        }

        /// <summary>The number of one to three digits ending at <paramref name="end"/>, moving it to the number's start; 0 when none.</summary>
        private static int ReadNumberBack(string text, ref int end)
        {
            var k = end;
            while (k > 0 && end - k < MaxCounterDigits && char.IsDigit(text[k - 1]))
            {
                k--;
            }

            if (k == end || (k > 0 && char.IsDigit(text[k - 1])))
            {
                return 0;
            }

            var value = 0;
            for (var i = k; i < end; i++)
            {
                value = (value * 10) + (text[i] - '0');
            }

            end = k;
            return value;
        }

        /// <summary>Whether <paramref name="part"/> ends at <paramref name="end"/>, moving it to the part's start.</summary>
        private static bool SkipBack(string text, ref int end, string part)
        {
            if (end < part.Length || string.CompareOrdinal(text, end - part.Length, part, 0, part.Length) != 0)
            {
                return false;
            }

            end -= part.Length;
            return true;
        }

        /// <summary>A short line placing people in the picture: <c>Jane Roe (left) with John Doe</c>, <c>… (pictured)</c>.</summary>
        private static bool PlacesPeople(string text)
        {
            if (!NamesAPosition(text) || text.IndexOf('"') >= 0 || text.IndexOf('\u201C') >= 0 ||
                Chars.CountWords(text, 0, text.Length, limit: MaxPlainCaptionWords + 1) > MaxPlainCaptionWords || Sentences.Count(text, 0, text.Length, limit: 3) > 2)
            {
                return false;
            }

            // "They will also restore the skate park. Many skaters (pictured) spoke …": the story going on, not a caption.
            return !Words.TryFirst(text, 0, text.Length, out var first) || !Lexicon.BackReferringSubjects.Contains(text, first.Start, first.End);
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

        /// <summary>A caption placing someone without a verb: a person's name, then where or with whom (<c>Jane Roe at the pier on Friday.</c>).</summary>
        public static bool IsNameAtPlace(string text)
        {
            if (!Sentences.IsOne(text))
            {
                return false;
            }

            // The name is two or three capitalised words; a preposition right after it says where, which no clause does. Only the
            // first five words are read (the name, the preposition, the word after it).
            var words = Words.SplitFirst(text, 0, Math.Min(text.Length, 80), 5);
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
    }
}
