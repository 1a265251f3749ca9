using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SeedModels.Fuzz.Tests.Support
{
    /// <summary>How an article writes its double and single quote marks.</summary>
    internal enum QuoteStyle
    {
        Curly,
        Straight,

        /// <summary>Two apostrophes for a double quote mark (<c>''…''</c>), one for a single, as some wire texts do.</summary>
        Apostrophes,

        /// <summary>Curly and straight in one article, as copy-edited text often has.</summary>
        Mixed,
    }

    /// <summary>
    /// A grammar of the ways news prose says who said what, over invented vocabulary: a name, a title and a name
    /// (<c>Rep.</c>, <c>Sen.</c>, <c>Gov.</c>, <c>Lt.</c>, <c>Dr.</c>), a party label (<c>(D-Va.)</c>), a relative clause
    /// (<c>, who is a director,</c>), an apposition (<c>Jane Doe, the mayor,</c>), a pronoun, the speech verb before or after,
    /// <c>according to</c>, a colon introduction, nested quotes, quotes in two apostrophes, quotes over several paragraphs,
    /// names that end like participles or adverbs (<c>Pickering</c>, <c>Harding</c>, <c>Golding</c>, <c>Brantly</c>) and
    /// people named by a first name only. Whole articles (headline, byline, dateline, narrative and attribution
    /// paragraphs) or single attribution sentences, from a seed.
    /// </summary>
    internal sealed class ReportingGrammar
    {
        private static readonly string[] FirstNames =
        {
            "Maribel", "Tomas", "Ines", "Oduya", "Kestrel", "Anneliese", "Bram", "Corvina", "Dagny", "Efrem", "Fenna", "Gideon",
            "Halvard", "Ilse", "Joaquin", "Kiri", "Leontyne", "Mirko", "Noor", "Orsola", "Pim", "Quilla", "Rasmus", "Sunniva",
            "Teodor", "Ulla", "Vesna", "Wendell", "Xiomara", "Yusuf", "Zelie", "Jo", "Al", "Bea", "Ty", "Ana-Lucia", "Jean-Marc", "O'Dell",
        };

        private static readonly string[] Surnames =
        {
            "Quarrington", "Vellacott", "Ambrose-Nwosu", "Taltree", "Okonjo-Brisk", "Marchetti", "Delacroix-Bay", "Fennimore",
            "Oyelaran", "Szadek", "Thornquist", "Hallworth", "Ibsenhal", "Castellane", "Drummack", "Vantongeren", "Mbeki-Rowe",
            "O'Farrelly", "McAllistair", "van der Houten", "de la Frontera", "St. Clairmont", "Lindqvist", "Abernethwy", "Zhouvel",
            "Ngarve", "Ruizado", "Amadi", "Petrakove", "Kowalczykow",
        };

        /// <summary>Surnames a tagger takes for a participle, a gerund or an adverb: the shape that once emptied a speaker phrase.</summary>
        private static readonly string[] ParticipleSurnames =
        {
            "Pickering", "Harding", "Golding", "Fielding", "Marling", "Tessling", "Quelling", "Brandling", "Rowelling", "Hemming",
            "Brantly", "Orly", "Vandersly", "Cawdrey", "Earnshawly", "Kindling", "Sturling", "Lanstring", "Flemmering", "Dowring",
        };

        private static readonly string[] Titles =
        {
            "Rep.", "Sen.", "Gov.", "Lt. Gov.", "Lt.", "Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "Gen.", "Sgt.", "Det. Sgt.", "Rev.", "Judge",
            "Mayor", "Councilwoman", "Health Minister", "Deputy Police Chief", "Attorney General", "Speaker", "Chief Executive",
        };

        private static readonly string[] Parties = { "D", "R", "I", "Lab", "Con", "Green" };

        private static readonly string[] States = { "Va.", "Ohio", "Calif.", "N.Y.", "Tex.", "Fla.", "Mass.", "Ore.", "N.M.", "Ga.", "Wis.", "Ariz." };

        private static readonly string[] Roles =
        {
            "a director", "the mayor", "a spokeswoman for the council", "a spokesman", "the chief executive", "a professor of economics",
            "the harbour master", "a neighbour", "an analyst", "a former aide", "the head of the union", "a senior official",
            "the committee's chairwoman", "a lawyer for the family", "a pollster", "a campaign adviser", "the deputy mayor", "a volunteer",
            "the principal", "a veteran organiser", "its founder", "a friend of the family", "the team's coach", "a nurse",
        };

        private static readonly string[] Organisations =
        {
            "the Velmora Port Authority", "Brightwell Analytics", "the Quarry Lane Tenants' Association", "the Ministry of Coastal Works",
            "Oakhurst County Council", "the Northern Ferry Union", "Castellane & Partners", "the Institute for Tidal Studies", "Dunmere Police",
            "the Fenwick Foundation", "Halcyon Rail", "the Office of the Ombudsman",
        };

        private static readonly string[] Places =
        {
            "VELMORA", "PORT ANSELM", "NEW DUNMERE", "Oakhurst", "Fenwick Bay", "Lower Quarry", "Saltmarsh", "Castelreach", "Brindle Falls",
        };

        private static readonly string[] SpeechVerbs =
        {
            "said", "says", "told reporters", "added", "argued", "noted", "explained", "wrote", "insisted", "recalled", "warned",
            "said in a statement", "told the council", "continued", "acknowledged", "countered", "conceded", "claimed", "tweeted",
        };

        private static readonly string[] QuestionVerbs = { "asked", "wondered", "demanded" };

        private static readonly string[] Pronouns = { "she", "he", "they", "it", "we", "I" };

        private static readonly string[] QuoteWords =
        {
            "we", "are", "not", "going", "anywhere", "the", "harbour", "wall", "is", "older", "than", "anyone", "here", "it", "was",
            "a", "mistake", "to", "wait", "people", "deserve", "better", "I", "think", "that", "this", "will", "pass", "nobody",
            "told", "us", "anything", "frankly", "rebuild", "ferry", "council", "vote", "budget", "tide", "quarry", "next", "year",
            "director", "film", "opened", "Friday", "really", "simply", "enough", "they", "know", "what", "happened",
        };

        private static readonly string[] NarrativeWords =
        {
            "the", "council", "voted", "on", "Tuesday", "to", "close", "the", "quarry", "road", "after", "weeks", "of", "complaints",
            "ferry", "service", "resumed", "in", "Velmora", "budget", "was", "cut", "by", "a", "third", "residents", "gathered",
            "outside", "the", "town", "hall", "storm", "damaged", "harbour", "wall", "rebuilt", "in", "May", "report", "found",
            "film", "festival", "opened", "last", "week", "with", "a", "documentary", "about", "Saltmarsh",
        };

        private readonly Random _r;
        private QuoteStyle _style;

        public ReportingGrammar(Random r, QuoteStyle? style = null)
        {
            _r = r;
            _style = style ?? (QuoteStyle)r.Next(4);
        }

        public QuoteStyle Style => _style;

        private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];

        private bool Chance(int inN) => _r.Next(inN) == 0;

        /// <summary>A double quote mark in the article's style (<see cref="QuoteStyle.Mixed"/> draws one each time).</summary>
        private string Open() => CurrentStyle() switch { QuoteStyle.Curly => "\u201C", QuoteStyle.Straight => "\"", _ => "''" };

        private string Close() => CurrentStyle() switch { QuoteStyle.Curly => "\u201D", QuoteStyle.Straight => "\"", _ => "''" };

        private string OpenSingle() => CurrentStyle() == QuoteStyle.Curly ? "\u2018" : "'";

        private string CloseSingle() => CurrentStyle() == QuoteStyle.Curly ? "\u2019" : "'";

        private QuoteStyle CurrentStyle() => _style == QuoteStyle.Mixed ? (QuoteStyle)_r.Next(3) : _style;

        /// <summary>A person as the text first names them: first name and surname, perhaps a title, or a first name alone.</summary>
        public string FullName()
        {
            var surname = Chance(3) ? Pick(ParticipleSurnames) : Pick(Surnames);
            return Chance(12) ? Pick(FirstNames) : Pick(FirstNames) + (Chance(10) ? " " + (char)('A' + _r.Next(26)) + ". " : " ") + surname;
        }

        /// <summary>How the speaker is named at the attribution: full name, title + name, surname alone, first name alone, with a party label.</summary>
        public string SpeakerName()
        {
            var surname = Chance(2) ? Pick(ParticipleSurnames) : Pick(Surnames);
            switch (_r.Next(9))
            {
                case 0:
                case 1:
                    return Pick(FirstNames) + " " + surname;
                case 2:
                    return Pick(Titles) + " " + Pick(FirstNames) + " " + surname;
                case 3:
                    return Pick(Titles) + " " + surname;
                case 4:
                    return surname; // second mention: the surname alone
                case 5:
                    return Pick(FirstNames); // a first name only (a child, a resident)
                case 6:
                    return Pick(new[] { "Rep.", "Sen.", "Gov." }) + " " + Pick(FirstNames) + " " + surname + " (" + Pick(Parties) + "-" + Pick(States) + ")";
                case 7:
                    return Pick(FirstNames).ToUpperInvariant().Substring(0, 1) + ". " + surname;
                default:
                    return Pick(Organisations);
            }
        }

        /// <summary>What follows a name: nothing, a relative clause, an apposition, an age, a place, or a party label.</summary>
        private string AfterName()
        {
            switch (_r.Next(10))
            {
                case 0:
                case 1:
                    return ", who is " + Pick(Roles);
                case 2:
                    return ", who " + Pick(new[] { "led the study", "has lived here for decades", "was not at the meeting", "declined to give her age", "runs the ferry" });
                case 3:
                    return ", " + Pick(Roles);
                case 4:
                    return ", " + _r.Next(8, 95).ToString(CultureInfo.InvariantCulture);
                case 5:
                    return " of " + Pick(Organisations);
                case 6:
                    return ", " + Pick(Roles) + " at " + Pick(Organisations) + ", who " + Pick(new[] { "asked not to be named", "is retiring", "was there" });
                case 7:
                    return " (" + Pick(Parties) + "-" + Pick(States) + ")";
                default:
                    return string.Empty;
            }
        }

        private string Words(string[] pool, int min, int max)
        {
            var n = _r.Next(min, max + 1);
            var b = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    b.Append(' ');
                }

                b.Append(Pick(pool));
            }

            return b.ToString();
        }

        private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

        /// <summary>The inside of a quotation: words, perhaps a nested quote, a question, an em dash, an ellipsis.</summary>
        private string Quoted(bool question = false)
        {
            var body = Capital(Words(QuoteWords, 2, 14));
            switch (_r.Next(8))
            {
                case 0:
                    body += " " + OpenSingle() + Words(QuoteWords, 1, 5) + CloseSingle() + " " + Words(QuoteWords, 1, 4);
                    break;
                case 1:
                    body += " \u2014 " + Words(QuoteWords, 1, 6);
                    break;
                case 2:
                    body += "\u2026 " + Words(QuoteWords, 1, 4);
                    break;
                case 3:
                    body += ". " + Capital(Words(QuoteWords, 2, 10));
                    break;
                case 4:
                    body = OpenSingle() + Capital(Words(QuoteWords, 1, 4)) + CloseSingle() + " is what " + Words(QuoteWords, 1, 4);
                    break;
            }

            return body + (question ? "?" : string.Empty);
        }

        /// <summary>One attribution sentence (or, for a quote over several paragraphs, several paragraphs joined by a blank line).</summary>
        public string Attribution()
        {
            var name = SpeakerName();
            var after = AfterName();
            var verb = Pick(SpeechVerbs);
            var pronoun = Pick(Pronouns);
            var o = Open();
            var c = Close();
            switch (_r.Next(22))
            {
                case 0:
                    return o + Quoted() + "," + c + " " + verb + " " + name + after + ".";
                case 1:
                    return o + Quoted() + "," + c + " " + name + after + (after.Length > 0 ? ", " : " ") + verb + ".";
                case 2:
                    return o + Quoted() + "," + c + " " + pronoun + " " + verb + ".";
                case 3:
                    return o + Quoted(question: true) + c + " " + Pick(QuestionVerbs) + " " + name + after + ".";
                case 4:
                    return name + after + (after.Length > 0 ? ", " : " ") + verb + ": " + o + Quoted() + "." + c;
                case 5:
                    return "According to " + name + after + ", " + o + Quoted() + "." + c;
                case 6:
                    return o + Quoted() + "," + c + " according to " + name + after + ".";
                case 7:
                    return name + " " + verb + " that the plan was " + o + Words(QuoteWords, 1, 5) + c + " and " + o + Words(QuoteWords, 1, 4) + "." + c;
                case 8:
                    return o + Quoted() + "," + c + " " + verb + " " + name + after + ". " + o + Quoted() + "." + c;
                case 9:
                    return o + Quoted() + "," + c + " " + name + " " + verb + ", " + o + Words(QuoteWords, 2, 8) + "." + c; // a quote split by its attribution
                case 10:
                    // A quote over two or three paragraphs: no closing mark until the last.
                    var paragraphs = _r.Next(2, 4);
                    var b = new StringBuilder();
                    for (var p = 0; p < paragraphs - 1; p++)
                    {
                        b.Append(o).Append(Quoted()).Append(".\n\n");
                    }

                    return b.Append(o).Append(Quoted()).Append(',').Append(c).Append(' ').Append(verb).Append(' ').Append(name).Append(after).Append('.').ToString();
                case 11:
                    return Capital(Pick(Roles)) + " " + name + " " + verb + " " + o + Quoted() + "." + c;
                case 12:
                    return name + ", " + Pick(Roles) + ", " + verb + " " + o + Words(QuoteWords, 1, 6) + c + " " + Words(NarrativeWords, 2, 8) + ".";
                case 13:
                    return o + Quoted() + "," + c + " " + verb + " " + Pick(ParticipleSurnames) + ", who is " + Pick(Roles) + ".";
                case 14:
                    return o + Quoted() + "," + c + " said " + Pick(FirstNames) + ", " + _r.Next(6, 90).ToString(CultureInfo.InvariantCulture) + ".";
                case 15:
                    return Pick(Titles) + " " + name + " " + Pick(new[] { "told", "assured", "reminded" }) + " " + Pick(new[] { "reporters", "the committee", "her staff" }) + " " +
                           o + Quoted() + "." + c;
                case 16:
                    return "In a statement, " + Pick(Organisations) + " said: " + o + Quoted() + "." + c;
                case 17:
                    return o + Quoted() + c; // a quote on its own: the speaker is in the paragraph before
                case 18:
                    return o + Quoted() + "," + c + " " + verb + " " + name + ", " + Pick(Roles) + " of " + Pick(Organisations) + ".";
                case 19:
                    return name + after + " " + Pick(new[] { "was blunter", "disagreed", "put it simply" }) + ": " + o + Quoted() + c;
                case 20:
                    return o + o + Words(QuoteWords, 1, 4) + c + " is not a word " + pronoun + " " + verb + ", " + c + " " + name + " " + verb + "."; // nested in one style
                default:
                    return "Asked about it, " + name + " " + verb + " " + pronoun + " " + Pick(new[] { "was", "had been" }) + " " + o + Words(QuoteWords, 1, 5) + c + ".";
            }
        }

        /// <summary>The clause after a quote that names its speaker, without the stop: <c>said Pickering, who is a director</c>.</summary>
        public string Clause()
        {
            var after = AfterName();
            switch (_r.Next(4))
            {
                case 0:
                    return SpeakerName() + after + (after.Length > 0 ? ", " : " ") + Pick(SpeechVerbs);
                case 1:
                    return Pick(Pronouns) + " " + Pick(SpeechVerbs);
                case 2:
                    return "said " + Pick(ParticipleSurnames) + ", who is " + Pick(Roles);
                default:
                    return Pick(SpeechVerbs) + " " + SpeakerName() + after;
            }
        }

        /// <summary>A narrative sentence, sometimes naming a person first, so a later pronoun or surname has someone to stand for.</summary>
        public string Narrative()
        {
            var s = Capital(Words(NarrativeWords, 5, 22));
            if (Chance(3))
            {
                s = FullName() + ", " + Pick(Roles) + ", " + Words(NarrativeWords, 3, 10);
            }

            return s + ".";
        }

        /// <summary>A whole article: headline, perhaps a byline and a dateline, narrative and attribution paragraphs.</summary>
        public string Article()
        {
            var b = new StringBuilder();
            b.Append(Capital(Words(NarrativeWords, 3, 9))).Append("\n\n");
            if (Chance(2))
            {
                b.Append("By ").Append(FullName()).Append(Chance(3) ? " and " + FullName() : string.Empty).Append("\n\n");
            }

            var paragraphs = _r.Next(1, 10);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p == 0 && Chance(3))
                {
                    b.Append(Pick(Places)).Append(Chance(2) ? " \u2014 " : " (Wire) - ");
                }

                switch (_r.Next(5))
                {
                    case 0:
                        b.Append(Narrative());
                        break;
                    case 1:
                        b.Append(Narrative()).Append(' ').Append(Attribution());
                        break;
                    default:
                        b.Append(Attribution());
                        break;
                }

                b.Append("\n\n");
            }

            return b.ToString();
        }
    }
}
