using System;
using SeedModels.Extraction.Text;

namespace SeedModels.Extraction.Structure
{
    /// <summary>What may follow the names on a byline: descriptions, whom the author writes for, places, job titles after a bar, dates and times, others' credits.</summary>
    internal static partial class BylineDetector
    {
        /// <summary>
        /// Whether tokens [<paramref name="i"/>, <paramref name="end"/>) after a person's name and a comma are a place: at most
        /// three words, no known given name first, before a bar (<c>Jane Doe, Westhaven | Updated …</c>), or closing the line
        /// with a place's word (<c>Jane Doe, New Delhi</c>, <c>Jane Doe, Harbour City</c>); else a second author.
        /// </summary>
        private static bool IsPlaceAfterName(LineTokens t, int i, int end) =>
            end - i <= 3 && !Lexicon.IsGivenNameBare(t[i]) &&
            ((end < t.Count && (t.Before(end) & Separators.Bar) != 0) ||
             (end >= t.Count && (end - i == 1 || Lexicon.PlaceOpeners.ContainsBare(t[i]) || Lexicon.PlaceClosers.ContainsBare(t[end - 1]))));

        /// <summary>
        /// A description after a comma: a job title (<c>Staff Attorney</c>, <c>Director of Education</c>), an employer
        /// (<c>Westhaven TV</c>, <c>Civil Liberties Union</c>), or a place after an agency (<c>AFP, PARIS</c>). Returns where it ends.
        /// </summary>
        private static int ReadDescriptor(LineTokens t, int i, NameKind kind, bool described)
        {
            var end = i;
            var capitalised = true;
            var role = false;
            var organisation = false;
            var allCaps = true;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && end - i < 9)
            {
                var w = t[end];
                if (end > i && role && StartsDate(t, end))
                {
                    break; // the date printed right after a job title (read below)
                }

                var connector = end > i && w.IsOneOfLower(Connectors);
                var roleWord = IsRoleWord(w) || Lexicon.IsOccupationBare(w);

                // Titles are often written in lower case ("Transport correspondent"); other words of a description are capitalised.
                if (!connector && (!char.IsLetter(w.First) || (!char.IsUpper(w.First) && !roleWord && !Lexicon.RoleModifiers.ContainsBare(w))))
                {
                    capitalised = false;
                    break;
                }

                role |= roleWord;
                // "Jane Doe, Research Communications": a unit's word names where she works as an organisation's does.
                organisation |= Lexicon.OrganisationWords.ContainsBare(w) || Lexicon.PublicationWords.ContainsBare(w) || Lexicon.OrganisationUnitWords.ContainsBare(w) ||
                                (w.IsAllCaps && w.End - w.Start >= 2);
                allCaps &= connector || w.IsAllCaps;
                end++;
            }

            // The description closes its part of the line, or the date printed right after it ("Jane Doe, Communications Officer
            // 22.03.2024").
            if (!capitalised || end == i || (end < t.Count && t.Before(end) == Separators.None && !(role && StartsDate(t, end))))
            {
                return i;
            }

            if (role || organisation || AgencyEnd(t, i) == end)
            {
                return end;
            }

            // A place after an agency ("AFP, MANILA") or after a person's name ("Jane Doe, New Delhi |"); anything capitalised
            // once the entry is already described.
            if ((kind == NameKind.Agency && end - i <= 3) || (allCaps && end - i <= 3) || (described && end - i <= 4) ||
                (kind == NameKind.Person && IsPlaceAfterName(t, i, end)))
            {
                return end;
            }

            return i;
        }

        /// <summary>
        /// Whom the author writes for, after the name (<c>Jane Doe for The Kettering Herald</c>, <c>Jane Doe, for the
        /// Herald</c>, <c>Jane Doe Special to The Kettering Herald</c>): an employer, not an author. Returns where it ends, or
        /// <paramref name="i"/>.
        /// </summary>
        private static int SkipWritesFor(LineTokens t, int i)
        {
            var opening = WritesForLength(t, i);
            // "Jane Doe, for The Herald", "Jane Doe | Special to The Herald": after a comma or a bar too.
            if (opening == 0 || i + opening >= t.Count || (t.Before(i) & ~(Separators.Comma | Separators.Bar)) != 0)
            {
                return i;
            }

            var end = i + opening;
            var capitalised = 0;
            while (end < t.Count && t.Before(end) == Separators.None && end - i <= 6)
            {
                var w = t[end];
                if (w.IsCapitalized && char.IsLetter(w.First) && !w.Is("And"))
                {
                    capitalised++;
                }
                else if (!w.LowerIs("the") && !w.LowerIs("of"))
                {
                    break;
                }

                end++;
            }

            return capitalised > 0 && (end >= t.Count || t.Before(end) != Separators.None || t[end].LowerIs("and")) ? end : i;
        }

        /// <summary>The words that say whom an author writes for at <paramref name="i"/>: <c>for</c>, <c>special to</c>; 0 when none.</summary>
        private static int WritesForLength(LineTokens t, int i)
        {
            if (i >= t.Count)
            {
                return 0;
            }

            // "Jane Doe of The Poynter Institute": whom she works for, a publication or an organisation.
            if (t[i].LowerIs("for") || (t[i].Is("at") && NamesPublication(t, i + 1, organisation: false)) || (t[i].Is("of") && NamesPublication(t, i + 1, organisation: true)))
            {
                return 1;
            }

            return t[i].LowerIs("special") && i + 1 < t.Count && t[i + 1].LowerIs("to") && t.Before(i + 1) == Separators.None ? 2 : 0;
        }

        /// <summary>
        /// Whether capitalised words from <paramref name="i"/> to a separator or the line's end name a newspaper, the last a
        /// newspaper's word (<c>The Westhaven Courier</c>): <c>Jane Doe at The Westhaven Courier</c> says whom she writes for;
        /// <c>at</c> before any other place is where she is.
        /// </summary>
        private static bool NamesPublication(LineTokens t, int i, bool organisation)
        {
            var end = i;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && end - i < 6 &&
                   ((t[end].IsCapitalized && char.IsLetter(t[end].First)) || t[end].LowerIs("the") || t[end].LowerIs("of")))
            {
                end++;
            }

            return end > i && (end >= t.Count || t.Before(end) != Separators.None) &&
                   (Lexicon.PublicationWords.ContainsBare(t[end - 1]) || (organisation && end - i >= 2 && Lexicon.OrganisationWords.ContainsBare(t[end - 1])));
        }

        /// <summary>
        /// Where the author files from, before the next author (<c>By Jane Doe in Kettering and John Roe in London</c>).
        /// Returns where the place ends, or <paramref name="i"/> when no name follows it (a place closing the line is read
        /// with the extras).
        /// </summary>
        private static int SkipPlaceBeforeNextName(LineTokens t, int i)
        {
            if (i + 2 >= t.Count || !t[i].Is("in") || t.Before(i) != Separators.None)
            {
                return i;
            }

            var end = i + 1;
            while (end < t.Count && end - i <= 3 && t.Before(end) == Separators.None && t[end].IsCapitalized && char.IsLetter(t[end].First))
            {
                end++;
            }

            var joiner = end < t.Count && (t[end].Is("and") || (t.Before(end) & (Separators.Comma | Separators.Ampersand)) != 0);
            return end > i + 1 && joiner ? end : i;
        }

        /// <summary>
        /// One or two capitalised words (a paper's name) then a job title closing the line's part (<c>Sentinel Staff Writer</c>,
        /// <c>Times-Dispatch Staff Writer</c>); returns where it ends, or <paramref name="i"/>.
        /// </summary>
        private static int EmployerAndJobEnd(LineTokens t, int i)
        {
            for (var k = i + 1; k <= i + 2 && k < t.Count && t[k - 1].IsCapitalized && !IsRoleWord(t[k - 1]) && t.Before(k) == Separators.None; k++)
            {
                var end = SkipRole(t, k, requireSeparatorBefore: false);
                if (end > k)
                {
                    return end;
                }
            }

            return i;
        }

        /// <summary>
        /// A job title in lower case right after a name, to the line's end or a separator (or, <paramref name="beforeAnd"/>, the
        /// <c>and</c> before the next name); returns where it ends, or <paramref name="i"/>.
        /// </summary>
        private static int SkipRole(LineTokens t, int i, bool requireSeparatorBefore, bool beforeAnd = false)
        {
            if (i >= t.Count || (t.Before(i) != Separators.None) != requireSeparatorBefore)
            {
                return i;
            }

            var end = RoleWordsEnd(t, i, out var role);
            return role && (AtBoundary(t, end) || (beforeAnd && end + 1 < t.Count && t[end].Is("and"))) ? end : i;
        }

        /// <summary>
        /// Where the run of a job title's words from <paramref name="i"/> ends (role words and their modifiers, no separator
        /// between them), and whether a role word is among them.
        /// </summary>
        private static int RoleWordsEnd(LineTokens t, int i, out bool role)
        {
            var end = i;
            role = false;
            while (end < t.Count && (end == i || t.Before(end) == Separators.None) && (IsRoleWord(t[end]) || Lexicon.RoleModifiers.ContainsBare(t[end])))
            {
                role |= IsRoleWord(t[end]);
                end++;
            }

            return end;
        }

        /// <summary>
        /// What may follow the names: dates and times, relative and reading times, <c>in Place</c>, <c>with agencies</c>,
        /// an agency after a bar, e-mail addresses, handles and links, <c>Follow</c>, counts. False on anything else.
        /// </summary>
        private static bool ReadExtras(LineTokens t, int i, BylineReading reading, ref DateRunResult r)
        {
            while (i < t.Count)
            {
                var w = t[i];

                // "| Edited by John Roe", "| Reviewed by …": who else worked on the story is no author; the line is theirs up to
                // the next bar ("Edited" also labels a date, so this is read first).
                if ((t.Before(i) & Separators.Bar) != 0 && Lexicon.EditorialVerbs.ContainsBare(w) && i + 1 < t.Count && t[i + 1].LowerIs("by"))
                {
                    // "| Edited By: John Roe | Updated: March 3, 2024": past the editor's names, the next bar goes on with the line.
                    i = NextBar(t, i + 2);
                    if (i >= t.Count)
                    {
                        return true;
                    }

                    continue;
                }

                // "| Photos by John Roe", "; Photography: John Roe", "with additional reporting by John Roe": the pictures' or
                // the reporting's credit, whose names are no authors; "& photos by John Roe | May 17, 2026": the line goes on
                // past the next bar.
                if (IsOthersCredit(t, i))
                {
                    i = NextBar(t, i + 1);
                    if (i >= t.Count)
                    {
                        return true;
                    }

                    continue;
                }

                // "Jane Doe / Westhaven Courier": whom she writes for, after a slash standing alone.
                if (w.Is("/") && i + 1 < t.Count && IsEmployer(t, i + 1))
                {
                    var agencyEnd = AgencyEnd(t, i + 1);
                    reading.Agency ??= agencyEnd == t.Count ? t.Span(i + 1, agencyEnd) : null;
                    return true;
                }

                // "By Jane Doe/Westhaven Daily Journal": the same with the slash glued between her name and the paper's.
                if (t.Before(i) == Separators.Slash && IsGluedEmployer(t, i, reading))
                {
                    return true;
                }

                var run = DateRun.Read(t, i, t.Count, ref r);
                if (run > i)
                {
                    i = run;
                    continue;
                }

                // "By Jane Doe Kestrel News-Democrat": whom she writes for, printed after her name.
                var publication = i > 0 && t.Before(i) == Separators.None ? PublicationTailEnd(t, i) : i;
                if (publication > i)
                {
                    i = publication;
                    continue;
                }

                // "By JORDAN ROE Sentinel Staff Writer": the paper's name, then the job, printed right after the name.
                var job = t.Before(i) == Separators.None ? EmployerAndJobEnd(t, i) : i;
                if (job > i)
                {
                    i = job;
                    continue;
                }

                if (IsAddress(w))
                {
                    i++;
                    continue;
                }

                // "By Jane Doe @JaneDoeNews Reporter": her job title after her handle.
                if (i > 0 && IsAddress(t[i - 1]))
                {
                    var titleEnd = SkipRole(t, i, requireSeparatorBefore: false);
                    if (titleEnd > i)
                    {
                        i = titleEnd;
                        continue;
                    }
                }


                // "[email protected]": the page hid an address.
                if (w.LowerIs("email") && i + 1 < t.Count && t[i + 1].LowerIs("protected"))
                {
                    i += 2;
                    continue;
                }

                if (IsFollowButton(t, i) || w.LowerIs("follow") || Lexicon.CountedThings.ContainsBare(w))
                {
                    i++;
                    continue;
                }

                if (ClosesWithCommentPrompt(t, i))
                {
                    return true;
                }

                // "in London", "in News, Politics": a place or the sections the story is filed in.
                if (w.LowerIs("in") && i + 1 < t.Count && char.IsUpper(t[i + 1].First))
                {
                    i++;
                    var taken = 0;
                    while (i < t.Count && char.IsUpper(t[i].First) && !StartsDate(t, i) && taken < 10)
                    {
                        i++;
                        taken++;
                    }

                    continue;
                }

                // "By JANE DOE Associated Press": the agency the story came through, with no separator before it.
                if (StartsSignedAgency(t, 0, i))
                {
                    var agencyEnd = AgencyEnd(t, i);
                    reading.Agency ??= t.Span(i, agencyEnd);
                    i = agencyEnd;
                    continue;
                }

                // "with agencies", "with AFP"
                if (w.LowerIs("with") && i + 1 < t.Count)
                {
                    var agency = AgencyEnd(t, i + 1);
                    if (agency > i + 1)
                    {
                        i = agency;
                        continue;
                    }
                }

                // "Jane Doe (Kettering Herald)": whom the author writes for, in brackets, closing the line.
                if ((t.Before(i) & Separators.Parenthesis) != 0 && (t.Trailing & Separators.Parenthesis) != 0 && IsSectionList(t, i))
                {
                    return true;
                }

                // "by Jane Doe | Mar 4, 2024 | News, Local": the sections the story is filed in, closing the line after its date.
                if (r.HasDayAndMonth && (t.Before(i) & Separators.Bar) != 0 && IsSectionList(t, i))
                {
                    return true;
                }

                // "– Courier reporter", "| Harbour Desk Senior Editor", "Jane Doe/Senior Staff Reporter": a job title after the bar or
                // a slash, perhaps naming the employer.
                if ((t.Before(i) & (Separators.Bar | Separators.Slash)) != 0)
                {
                    var roleEnd = JobTitleEnd(t, i);
                    if (roleEnd > i)
                    {
                        i = roleEnd;
                        continue;
                    }
                }

                // "By Jane Doe; Staff Writer": her job title after a semicolon.
                if (t.Before(i) == Separators.Semicolon)
                {
                    var titleEnd = SkipRole(t, i, requireSeparatorBefore: true);
                    if (titleEnd > i)
                    {
                        i = titleEnd;
                        continue;
                    }
                }

                // "Jane Doe ∙ Paid": a newsletter's access badge, no agency.
                if ((t.Before(i) & Separators.Bar) != 0 && Lexicon.PostBadges.ContainsBare(w))
                {
                    var badgeEnd = i + 1;
                    while (badgeEnd < t.Count && t.Before(badgeEnd) == Separators.None && Lexicon.PostBadges.ContainsBare(t[badgeEnd]))
                    {
                        badgeEnd++;
                    }

                    if (badgeEnd >= t.Count || t.Before(badgeEnd) != Separators.None)
                    {
                        i = badgeEnd;
                        continue;
                    }
                }

                // "| Reuters", "– Associated Press": the agency the story came through.
                if ((t.Before(i) & Separators.Bar) != 0 && char.IsUpper(w.First))
                {
                    var end = i;
                    while (end < t.Count && (end == i || t.Before(end) == Separators.None) && char.IsUpper(t[end].First) && !StartsDate(t, end) && !IsAddress(t[end]))
                    {
                        end++;
                    }

                    // "| University Communications November 20, 2026": the desk's name may run into the date.
                    if (end - i <= 4 && (end >= t.Count || t.Before(end) != Separators.None || StartsDate(t, end)))
                    {
                        // "- Staff Writer", "| Contributing Editor": a job title after the bar is the author's, no agency.
                        // Only a wire the lexicon knows is the agency: the same place holds the author's paper, desk, town or a
                        // second author ("Jane Doe | Harbour City", "Jane Doe • Local News"), none of them an agency.
                        if (AgencyEnd(t, i) >= end)
                        {
                            reading.Agency ??= t.Span(i, end);
                        }

                        i = end;
                        continue;
                    }
                }

                return false;
            }

            return true;
        }

        /// <summary>The first token from <paramref name="from"/> on that a bar stands before, or the line's end.</summary>
        private static int NextBar(LineTokens t, int from)
        {
            while (from < t.Count && (t.Before(from) & Separators.Bar) == 0)
            {
                from++;
            }

            return from;
        }

        /// <summary>
        /// Whether a credit of others opens at <paramref name="i"/>, after a separator: <c>Photos by</c>, <c>Photography:</c>,
        /// <c>Edited by</c>, <c>with additional reporting by</c>, <c>Additional reporting by</c>.
        /// </summary>
        private static bool IsOthersCredit(LineTokens t, int i)
        {
            var w = t[i];
            if (i + 1 >= t.Count)
            {
                return false;
            }

            if (w.LowerIs("with") && t[i + 1].LowerIs("additional"))
            {
                return true;
            }

            // "By Jane Doe Photographs by John Roe": a magazine's picture credit may follow the name with no mark between.
            if ((t.Before(i) == Separators.None && !OpensPictureCredit(t, i)) ||
                !(Lexicon.CreditLabelWords.ContainsBare(w) || Lexicon.EditorialVerbs.ContainsBare(w) || w.LowerIs("additional")))
            {
                return false;
            }

            return t[i + 1].LowerIs("by") || t.EndsWithColon(i) || (w.LowerIs("additional") && t[i + 1].LowerIs("reporting"));
        }

        /// <summary>A capitalised credit label and <c>by</c> at <paramref name="i"/> (<c>Photographs by</c>, <c>Photos by</c>): the pictures' credit.</summary>
        private static bool OpensPictureCredit(LineTokens t, int i) =>
            i + 1 < t.Count && t[i].IsCapitalized && Lexicon.CreditLabelWords.ContainsBare(t[i]) && t[i + 1].LowerIs("by") && t.Before(i + 1) == Separators.None;

        /// <summary>Tokens from <paramref name="i"/> to the line's end that name an employer: an agency or a publication.</summary>
        private static bool IsEmployer(LineTokens t, int i)
        {
            if (AgencyEnd(t, i) == t.Count)
            {
                return true;
            }

            for (var k = i; k < t.Count; k++)
            {
                if ((k > i && t.Before(k) != Separators.None) || !(t[k].IsCapitalized || t[k].IsOneOfLower(Connectors)) || !char.IsLetter(t[k].First))
                {
                    return false;
                }
            }

            return t.Count - i <= 6 && Lexicon.PublicationWords.ContainsBare(t[t.Count - 1]);
        }

        /// <summary>
        /// A job title after a bar, perhaps with its employer's name before it (<c>Courier reporter</c>, <c>Senior Editor</c>):
        /// capitalised words or a title's words, the last a title's word, closing the line's part. Returns where it ends, or
        /// <paramref name="i"/>.
        /// </summary>
        private static int JobTitleEnd(LineTokens t, int i)
        {
            var end = i;
            while (end < t.Count && end - i < 6 && (end == i || t.Before(end) == Separators.None) &&
                   (IsRoleWord(t[end]) || Lexicon.RoleModifiers.ContainsBare(t[end]) || (t[end].IsCapitalized && char.IsLetter(t[end].First))))
            {
                end++;
            }

            while (end > i && !IsRoleWord(t[end - 1]))
            {
                end--;
            }

            // A title's word ends the part, or the date printed right after it ("| Europe Correspondent 15 October 2024"), and the
            // part is not an agency's name ("Reuters Staff" stays the agency's).
            return end > i && (end >= t.Count || t.Before(end) != Separators.None || StartsDate(t, end)) && AgencyEnd(t, i) == i ? end : i;
        }

        /// <summary>Whether tokens from <paramref name="i"/> to the line's end are capitalised words parted by commas only.</summary>
        private static bool IsSectionList(LineTokens t, int i)
        {
            if (t.Count - i > 8)
            {
                return false;
            }

            for (var k = i; k < t.Count; k++)
            {
                if ((k > i && (t.Before(k) & ~Separators.Comma) != 0) || !t[k].IsCapitalized || !char.IsLetter(t[k].First))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An e-mail address, a handle or a web address: never a name, never an agency.</summary>
        private static bool IsAddress(Word w)
        {
            var s = w.Source;
            if (s[w.Start] == '@')
            {
                return w.End - w.Start > 1;
            }

            var dot = false;
            for (var k = w.Start; k < w.End; k++)
            {
                if (s[k] == '@')
                {
                    return true;
                }

                if (s[k] == '.' && k > w.Start && k + 1 < w.End && char.IsLetter(s[k + 1]) && char.IsLower(s[k + 1]))
                {
                    dot = true;
                }
            }

            return dot && char.IsLower(s[w.Start]) && w.End - w.Start > 4;
        }

        /// <summary>
        /// A date's label and the date after it (<c>Updated March 12, 2024</c>), or before another label or a number (<c>Last
        /// updated 2 hours ago</c>, <c>Updated 3 hours ago</c>): the name before it has ended (<c>By James Last</c> stays a name).
        /// </summary>
        private static bool StartsLabelledDate(LineTokens t, int i)
        {
            if (!Lexicon.DateLabels.ContainsBare(t[i]))
            {
                return false;
            }

            if (i + 1 < t.Count && (Lexicon.DateLabels.ContainsBare(t[i + 1]) || char.IsDigit(t[i + 1].First)))
            {
                return true;
            }

            var r = default(DateRunResult);
            return DateRun.Read(t, i, t.Count, ref r) > i + 1 && r.HasDayAndMonth;
        }

        private static bool StartsDate(LineTokens t, int i)
        {
            var w = t[i];
            if (char.IsDigit(w.First))
            {
                return true;
            }

            if (!Dates.CanStartDate(w))
            {
                return false;
            }

            var r = default(DateRunResult);
            return DateRun.Read(t, i, t.Count, ref r) > i && r.HasDayAndMonth;
        }
    }
}
