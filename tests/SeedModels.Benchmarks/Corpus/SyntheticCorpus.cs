using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SeedModels.Benchmarks.Corpus
{
    /// <summary>One synthetic article: its path below the project folder and its exact bytes (a BOM and CRLF included when drawn).</summary>
    public sealed class CorpusFile
    {
        public CorpusFile(string relativePath, byte[] bytes)
        {
            RelativePath = relativePath;
            Bytes = bytes;
        }

        /// <summary>The path below the project folder, with '/' separators: <c>seeds/00042.txt</c>.</summary>
        public string RelativePath { get; }

        public byte[] Bytes { get; }

        /// <summary>The text as the compiler would read it (UTF-8, BOM dropped).</summary>
        public string Text => new UTF8Encoding(false).GetString(Bytes).TrimStart('\uFEFF');
    }

    /// <summary>
    /// A deterministic maker of short synthetic news articles in every convention of README "What is inferred": headlines (first line,
    /// front matter, <c>Originally published as</c>), standfirsts, bylines of each form, wire and date-line datelines, the
    /// inline <c>date</c>, captions with every kind of credit (HTML-escaped and alt-text repeats included), photo
    /// descriptions, quotes in every mark style (curly, straight, British single, nested, multi-paragraph, mismatched,
    /// fragments) with speakers before and after, pronouns, short forms and acronyms, crossheads, boilerplate, and
    /// apostrophes and inch marks that are not quotes.
    /// </summary>
    /// <remarks>
    /// Article <c>i</c> depends only on the seed and <c>i</c>, so the first 1,000 articles of a 10,000-article corpus are the
    /// 1,000-article corpus. Articles are short (about 400-700 characters) by default, as the generator benchmarks have
    /// always measured them (the generator once embedded at most 6,000,000 characters, which real-length articles passed at
    /// about the 1,300th); <c>realLength</c> makes them 3-6 KB. Every headline
    /// starts with a town name unique to the article (for up to <see cref="UniqueNames"/> articles), so every article
    /// gets its own type name and no SEED007.
    /// </remarks>
    public sealed class SyntheticCorpus
    {
        public const int DefaultSeed = 20210107;

        /// <summary>How many articles get distinct town names, hence distinct type names.</summary>
        public const int UniqueNames = 22 * 22 * 24 * 6;

        private static readonly string[] Syllables =
        {
            "Ash", "Bel", "Cor", "Dun", "El", "Fen", "Gar", "Hal", "Ister", "Kel", "Lin", "Mar", "Nor", "Os", "Pen", "Quar", "Ros",
            "Sel", "Tor", "Ul", "Ven", "Wyn",
        };

        private static readonly string[] Middles =
        {
            "al", "ber", "cas", "den", "en", "fal", "gran", "hol", "in", "kin", "lo", "mer", "nan", "or", "pel", "quin", "ran",
            "sol", "tan", "un", "vel", "wen",
        };

        private static readonly string[] Suffixes =
        {
            "bury", "ford", "ton", "wick", "mouth", "ley", "stead", "holm", "field", "gate", "minster", "well", "brook", "combe",
            "dale", "hurst", "more", "port", "shaw", "thorpe", "wood", "worth", "by", "haven",
        };

        private static readonly string[] Prefixes = { string.Empty, "Upper ", "Lower ", "North ", "South ", "Great " };

        private static readonly string[] FemaleFirst = { "Jane", "Priya", "Fiona", "Carys", "Ellen", "Maya", "Nadia", "Siobhan", "Louise", "Amara" };
        private static readonly string[] MaleFirst = { "Tomasz", "Declan", "Rhys", "Martin", "Graham", "Connor", "Daniel", "Iwan", "Joel", "Samuel" };

        private static readonly string[] Surnames =
        {
            "Gallagher", "Okonkwo", "Reilly", "Tully", "Dubois", "Wrona", "Brennan", "Moyles", "Donnelly", "Grant", "Tregunna",
            "Healy", "Ferreira", "Lindqvist", "Odhiambo", "Cheng", "Ansah", "Tanaka", "Khan", "Pugh", "Lloyd", "Marchetti",
            "Okafor", "Trelawny", "Finch", "Castellanos", "Hughes", "Halvorsen", "Leclerc", "Natarajan",
        };

        private static readonly string[] Roles = { "Political Reporter", "Health Correspondent", "Local Democracy Reporter", "Business Editor" };

        private static readonly string[] Months =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        private static readonly string[] Headlines =
        {
            "{0} council approves plan for new cycle lanes",
            "{0} library to stay open later after volunteers step in",
            "{0} bakery wins regional award for its sourdough",
            "{0} lifeboat crew rescue two kayakers in strong winds",
            "{0} residents fight plan to close village post office",
            "{0} school bans smartwatches from lessons",
            "{0} night buses return after four-year gap",
            "{0} festival draws record crowds to the harbour",
            "{0} surgery to close as partners retire",
            "{0} rail line reopens after storm damage",
            "{0} museum puts restored tram on display",
            "{0} allotment waiting list reaches ten years",
        };

        private static readonly string[] Standfirsts =
        {
            "Residents had campaigned for the change for more than {0} years.",
            "The decision follows a consultation that drew {0} responses.",
            "Organisers say {0} people took part over the weekend.",
            "The move affects about {0} households across the district.",
        };

        private static readonly string[] Leads =
        {
            "Work on the scheme will start in the spring and should take {0} months, officials said on Monday.",
            "The plan was approved by {0} votes to four at a meeting on Tuesday evening.",
            "More than {0} people have signed a petition calling for a rethink.",
            "The project will cost about £{0},000 and is being paid for by a national grant.",
        };

        private static readonly string[] Facts =
        {
            "The town's last review of the service was in the '90s, when it didn't have a website.",
            "Volunteers said the officers' support had made all the difference.",
            "The new shelter is 6' 2\" tall and was built by a local firm.",
            "A rock 'n' roll night will raise money for the rest of the work.",
            "A second phase will be considered next year if money allows.",
        };

        private static readonly string[] Utterances =
        {
            "It is a good day for the town",
            "Nobody expected this many to come",
            "This is about opening doors",
            "We will keep listening to residents",
            "It took too long but we got there",
        };

        private static readonly string[] Fragments = { "a first step", "long overdue", "a real lifeline", "the best news in years", "a disgrace" };

        private static readonly string[] CaptionTexts =
        {
            "Volunteers gather outside the town hall on Saturday morning",
            "The harbour wall during the festival's opening parade",
            "A night bus waits at the station interchange",
            "Campaigners hold banners at the council meeting",
        };

        private static readonly string[] Crossheads = { "What happens next", "A long campaign", "Questions over cost", "Support from residents" };

        private static readonly string[] Boilerplate =
        {
            "Read more: Waiting lists for hip operations hit five-year high",
            "Sign up to our newsletter",
            "Do you have a story tip? Email: newsdesk@example.co.uk.",
            "You can also follow us on Facebook, Instagram and X.",
            "Related: Bus fares to rise in April",
            "Advertisement",
        };

        /// <summary>Sentences for the longer body of a real-length article; {0} is the town, {1} a number.</summary>
        private static readonly string[] BodySentences =
        {
            "Councillors in {0} spent more than an hour on the report before the vote.",
            "The district has about {1} residents, many of whom commute to the city each day.",
            "Officials said the budget for the coming year had been drawn up with the change in mind.",
            "A public meeting in the community hall drew a larger crowd than the organisers had planned for.",
            "Local businesses on the high street said they had been asked for their views in the summer.",
            "The figures, published on the council's website, show a rise of {1} per cent since the last review.",
            "Some residents said they would have liked more notice, while others welcomed the speed of the decision.",
            "The scheme was first proposed in {0} several years ago but stalled when funding fell through.",
            "A report to the cabinet said the work could be done without closing the main road.",
            "The parish council in {0} will discuss the details at its next meeting, which is open to the public.",
            "Volunteers have collected {1} signatures in support of the plan over the past month.",
            "The regional transport body said it would monitor the effect on traffic for a year.",
            "Engineers carried out a survey of the site in the autumn and found no major problems.",
            "The nearest alternative is a drive of about {1} minutes, which many older residents cannot make.",
            "A spokesperson for the county said the money would come from a fund set aside for such projects.",
            "Opposition councillors questioned whether the costs had been properly checked.",
        };

        private readonly int _seed;
        private readonly bool _realLength;

        /// <param name="seed">The corpus seed: the same seed and index give the same article.</param>
        /// <param name="realLength">
        /// Articles of real length (3-6 KB: more body paragraphs and quotes in the same conventions) instead of the short ones
        /// (about 400-700 characters). Article <c>i</c> of a real-length corpus starts as article <c>i</c> of the short one.
        /// </param>
        public SyntheticCorpus(int seed = DefaultSeed, bool realLength = false)
        {
            _seed = seed;
            _realLength = realLength;
        }

        /// <summary>The article files 0 … <paramref name="count"/>-1.</summary>
        public IReadOnlyList<CorpusFile> Make(int count)
        {
            var files = new List<CorpusFile>(count);
            for (var i = 0; i < count; i++)
            {
                files.Add(File(i));
            }

            return files;
        }

        /// <summary>Writes <paramref name="count"/> articles to <paramref name="directory"/> (flat, as <c>00000.txt</c> …).</summary>
        public void Write(string directory, int count)
        {
            Directory.CreateDirectory(directory);
            foreach (var file in Make(count))
            {
                System.IO.File.WriteAllBytes(Path.Combine(directory, Path.GetFileName(file.RelativePath)), file.Bytes);
            }
        }

        public static string PathOf(int index) => "seeds/" + index.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

        /// <summary>Article <paramref name="index"/>: its path and bytes.</summary>
        public CorpusFile File(int index)
        {
            var rng = new SplitMix(unchecked((ulong)_seed * 0x9E3779B97F4A7C15UL + (ulong)index));
            var text = new ArticleWriter(index, rng, _realLength).Write();
            if (rng.Chance(10))
            {
                text = text.Replace("\n", "\r\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            if (rng.Chance(20))
            {
                var withBom = new byte[bytes.Length + 3];
                withBom[0] = 0xEF;
                withBom[1] = 0xBB;
                withBom[2] = 0xBF;
                bytes.CopyTo(withBom, 3);
                bytes = withBom;
            }

            return new CorpusFile(PathOf(index), bytes);
        }

        /// <summary>The town whose name starts article <paramref name="index"/>'s headline; distinct for the first <see cref="UniqueNames"/>.</summary>
        public static string Town(int index)
        {
            var n = index % UniqueNames;
            var suffix = Suffixes[n % Suffixes.Length];
            n /= Suffixes.Length;
            var middle = Middles[n % Middles.Length];
            n /= Middles.Length;
            var first = Syllables[n % Syllables.Length];
            n /= Syllables.Length;
            return Prefixes[n % Prefixes.Length] + first + middle + suffix;
        }

        /// <summary>A small, fast, well-mixed generator (SplitMix64) whose sequence never depends on the runtime version.</summary>
        private sealed class SplitMix
        {
            private ulong _state;

            public SplitMix(ulong seed) => _state = seed;

            public int Next(int exclusiveMax)
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (int)(z % (ulong)exclusiveMax);
            }

            public bool Chance(int oneIn) => Next(oneIn) == 0;

            public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
        }

        private sealed record Person(string First, string Surname, bool Female)
        {
            public string Full => First + " " + Surname;

            public string Short => (Female ? "Ms " : "Mr ") + Surname;

            public string Pronoun => Female ? "she" : "he";
        }

        /// <summary>Writes one article: a header form, a body of quotes and facts, and the optional furniture.</summary>
        private sealed class ArticleWriter
        {
            private readonly int _index;
            private readonly SplitMix _rng;
            private readonly List<string> _blocks = new List<string>();
            private readonly string _town;
            private readonly Person _first;
            private readonly Person _second;
            private readonly string _organisation;
            private readonly string _acronym;
            private readonly int _year;
            private readonly int _month;
            private readonly int _day;
            private readonly bool _realLength;

            public ArticleWriter(int index, SplitMix rng, bool realLength)
            {
                _index = index;
                _rng = rng;
                _realLength = realLength;
                _town = Town(index);
                _first = MakePerson();
                do
                {
                    _second = MakePerson();
                }
                while (_second.Surname == _first.Surname);

                _organisation = _town + " Residents Association";
                _acronym = Initials(_organisation);
                _year = 2019 + rng.Next(6);
                _month = 1 + rng.Next(12);
                _day = 1 + rng.Next(28);
            }

            private string Headline => string.Format(CultureInfo.InvariantCulture, Headlines[_index % Headlines.Length], _town);

            private string Iso => _year.ToString("D4", CultureInfo.InvariantCulture) + "-" + _month.ToString("D2", CultureInfo.InvariantCulture) + "-" +
                                  _day.ToString("D2", CultureInfo.InvariantCulture);

            private string Number(int min, int max) => (min + _rng.Next(max - min)).ToString(CultureInfo.InvariantCulture);

            public string Write()
            {
                // The header: 70% a headline line, 15% front matter, 15% an inline date with the headline at the foot.
                var form = _rng.Next(20);
                string? wire = null;
                var trailingHeadline = false;
                if (form < 14)
                {
                    _blocks.Add(Headline);
                    if (_rng.Next(10) < 6)
                    {
                        _blocks.Add(Format(_rng.Pick(Standfirsts), Number(3, 900)));
                    }

                    AddByline();
                    switch (_rng.Next(5))
                    {
                        case 0:
                            wire = _town.ToUpperInvariant() + " (Reuters) - ";
                            break;
                        case 1:
                            wire = _town.ToUpperInvariant() + ", " + Months[_month - 1].Substring(0, 3) + " " + _day.ToString(CultureInfo.InvariantCulture) + " (AP) \u2014 ";
                            break;
                        case 2:
                            _blocks.Add("Published " + _day.ToString(CultureInfo.InvariantCulture) + " " + Months[_month - 1] + " " + _year.ToString(CultureInfo.InvariantCulture));
                            break;
                        case 3:
                            _blocks.Add(Months[_month - 1] + " " + _day.ToString(CultureInfo.InvariantCulture) + ", " + _year.ToString(CultureInfo.InvariantCulture));
                            break;
                    }
                }
                else if (form < 17)
                {
                    AddFrontMatter();
                }
                else
                {
                    wire = " date " + Iso + " ";
                    trailingHeadline = true;
                }

                // The body: a lead, two quote paragraphs, and the optional caption, crosshead, fact and boilerplate.
                _blocks.Add((wire ?? string.Empty) + Format(_rng.Pick(Leads), Number(2, 40)));
                var firstQuote = _rng.Next(QuoteStyles);
                var secondQuote = (firstQuote + 1 + _rng.Next(QuoteStyles - 1)) % QuoteStyles;
                if (_rng.Chance(2))
                {
                    AddCaption();
                }

                AddQuote(firstQuote, introduce: true);
                if (_rng.Chance(3))
                {
                    _blocks.Add(_rng.Pick(Crossheads));
                }

                AddQuote(secondQuote, introduce: false);
                if (_rng.Chance(3))
                {
                    _blocks.Add(_rng.Pick(Facts));
                }

                if (_realLength)
                {
                    AddLongerBody();
                }

                if (_rng.Chance(3))
                {
                    _blocks.Add(_rng.Pick(Boilerplate));
                }

                if (trailingHeadline)
                {
                    _blocks.Add("Originally published as " + Headline);
                }

                return string.Join("\n\n", _blocks) + "\n";
            }

            /// <summary>
            /// Body paragraphs of two to four sentences, with a quote in one of the styles now and then and a crosshead
            /// more rarely, until the article reaches a length drawn between 3,000 and 6,000 characters.
            /// </summary>
            private void AddLongerBody()
            {
                var target = 3000 + _rng.Next(3000);
                var length = 0;
                foreach (var block in _blocks)
                {
                    length += block.Length + 2;
                }

                while (length < target)
                {
                    var before = _blocks.Count;
                    var draw = _rng.Next(10);
                    if (draw < 3)
                    {
                        AddQuote(_rng.Next(QuoteStyles), introduce: _rng.Chance(2));
                    }
                    else if (draw == 3 && _rng.Chance(3))
                    {
                        _blocks.Add(_rng.Pick(Crossheads));
                    }
                    else
                    {
                        var sentences = new List<string>();
                        for (var n = 2 + _rng.Next(3); n > 0; n--)
                        {
                            sentences.Add(string.Format(CultureInfo.InvariantCulture, _rng.Pick(BodySentences), _town, Number(3, 400)));
                        }

                        _blocks.Add(string.Join(" ", sentences));
                    }

                    for (var i = before; i < _blocks.Count; i++)
                    {
                        length += _blocks[i].Length + 2;
                    }
                }
            }

            private Person MakePerson()
            {
                var female = _rng.Chance(2);
                return new Person(_rng.Pick(female ? FemaleFirst : MaleFirst), _rng.Pick(Surnames), female);
            }

            private static string Initials(string name)
            {
                var b = new StringBuilder();
                foreach (var word in name.Split(' '))
                {
                    b.Append(word[0]);
                }

                return b.ToString();
            }

            private static string Format(string template, string value) => string.Format(CultureInfo.InvariantCulture, template, value);

            private void AddByline()
            {
                var author = MakePerson().Full;
                switch (_rng.Next(7))
                {
                    case 0:
                        _blocks.Add(author); // a line that is only a name
                        break;
                    case 1:
                        _blocks.Add("By " + author);
                        break;
                    case 2:
                        _blocks.Add("By " + author + " and " + MakePerson().Full);
                        break;
                    case 3:
                        _blocks.Add("By " + author + ", " + MakePerson().Full + " and " + MakePerson().Full);
                        break;
                    case 4:
                        _blocks.Add(author + ", " + _rng.Pick(Roles));
                        break;
                    case 5:
                        _blocks.Add("By " + author + " | Reuters");
                        break;
                    default:
                        break; // 6: no byline
                }
            }

            private void AddFrontMatter()
            {
                var b = new StringBuilder("---\n");
                if (_rng.Chance(2))
                {
                    b.Append("id: Story").Append(_index.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                b.Append("headline: ").Append(Headline).Append('\n');
                b.Append("byline: ").Append(MakePerson().Full);
                if (_rng.Chance(2))
                {
                    b.Append(" and ").Append(MakePerson().Full);
                }

                b.Append("\ndate: ").Append(Iso).Append('\n');
                b.Append("place: ").Append(_town).Append('\n');
                if (_rng.Chance(2))
                {
                    b.Append("agency: AP\n");
                }

                if (_rng.Chance(2))
                {
                    b.Append("source: The ").Append(_town).Append(" Post\nurl: https://example.com/").Append(_index.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                b.Append("tags: local, council\n---");
                _blocks.Add(b.ToString());
            }

            private void AddCaption()
            {
                var caption = _rng.Pick(CaptionTexts);
                var photographer = MakePerson().Full;
                switch (_rng.Next(9))
                {
                    case 0:
                        _blocks.Add(caption + "\n(Twitter/ " + photographer + ")");
                        break;
                    case 1:
                        _blocks.Add(caption + "\n(Image: Getty)");
                        break;
                    case 2:
                        _blocks.Add(caption + ". Source: Twitter");
                        break;
                    case 3:
                        _blocks.Add(caption + ".\nPhoto: " + photographer + " / Getty Images");
                        break;
                    case 4:
                        _blocks.Add(caption + ".\nPicture: " + photographer);
                        break;
                    case 5:
                        _blocks.Add(caption + " (" + _rng.Pick(Surnames) + "/PA)");
                        break;
                    case 6:
                        _blocks.Add("&lt;p&gt;" + caption + "&lt;/p&gt; (Instagram/ " + photographer + ")"); // SEED006
                        break;
                    case 7:
                        _blocks.Add(caption + ".\n" + caption + " in " + _town + ". Photo: " + photographer + " / Wildlife Trust"); // alt text repeated
                        break;
                    default:
                        _blocks.Add("A volunteer hands out leaflets outside the town hall."); // a photo description standing alone
                        break;
                }
            }

            private const int QuoteStyles = 13;

            private void AddQuote(int style, bool introduce)
            {
                var p = introduce ? _first : _second;
                var said = _rng.Pick(Utterances);
                var fragment = _rng.Pick(Fragments);
                switch (style)
                {
                    case 0: // curly, speech verb after, then a pronoun for the same speaker
                        _blocks.Add("\u201C" + said + ",\u201D said " + p.Full + ".");
                        break;
                    case 1: // straight, colon introduction
                        _blocks.Add(p.Full + " said: \"" + said + ".\"");
                        break;
                    case 2: // British single quotes, short form resolving to the full name
                        _blocks.Add(p.Full + " backed the plan. \u2018" + said + ",\u2019 " + p.Short + " said.");
                        break;
                    case 3: // nested quotes
                        _blocks.Add("\u201CPeople told us \u2018do it properly\u2019 and " + said.ToLowerInvariant() + ",\u201D " + p.Full + " told the Post.");
                        break;
                    case 4: // two paragraphs: the opening mark repeats, the closing one waits for the last
                        _blocks.Add(p.Full + " wrote: \u201C" + said + ".");
                        _blocks.Add("\u201CThanks to everyone who helped.\u201D");
                        break;
                    case 5: // mismatched marks (SEED010)
                        _blocks.Add("\u201C" + said + ",\" " + p.Full + " said.");
                        break;
                    case 6: // a fragment (partial), speaker before
                        _blocks.Add(p.Full + " described the plan as \u201C" + fragment + "\u201D.");
                        break;
                    case 7: // according to
                        _blocks.Add("The scheme is \"" + fragment + "\", according to " + p.Full + ".");
                        break;
                    case 8: // a statement read
                        _blocks.Add("\"" + said + ",\" a statement from " + _organisation + " read.");
                        break;
                    case 9: // branded … by X
                        _blocks.Add("The delay was branded \u201C" + fragment + "\u201D by " + p.Full + ".");
                        break;
                    case 10: // saying "…", an organisation, then its acronym
                        _blocks.Add("The " + _organisation + " (" + _acronym + ") welcomed it, saying \"" + said.ToLowerInvariant() + "\".");
                        break;
                    case 11: // a pronoun after a named speaker, then a paragraph that is only a quote
                        _blocks.Add(p.Full + " spoke at the meeting. \u201C" + said + ",\u201D " + p.Pronoun + " said.");
                        _blocks.Add("\u201CThat is the whole plan.\u201D");
                        break;
                    default: // tweeted, colon introduction, curly
                        _blocks.Add(p.Full + " tweeted: \u201C" + said + ".\u201D");
                        break;
                }
            }
        }
    }
}
